/**
 * Application forms (申请表) as PDF, one layout per business type. A layout is built once and shared
 * ({@link org.buildreg.print.FormLayout#titled}, cells from {@link org.buildreg.print.Cell}); each print takes the
 * declaration's {@link org.buildreg.print.FormValues} and {@link org.buildreg.print.FormPrinter#print} returns the
 * PDF: A4, title with form number, 编号 (申报单号), the table flowing over pages, QR code to the verification page,
 * 第 n 页 共 N 页, in Noto Sans SC embedded as a subset (downloaded by the build, never committed).
 *
 * <pre>{@code
 * import static org.buildreg.print.Cell.*;
 *
 * static final FormLayout RENEWAL = FormLayout.titled("二级建造师延续注册申请表", "2-1")
 *         .columns(1.2, 1.9, 1.1, 1.6, 1.2)
 *         .row(label("姓名"), field("name"), label("性别"), choice("gender", "男", "女"), photo("photo", 2))
 *         .row(label("证件类型"), choice("idType", 3, "身份证", "军官证", "警官证", "护照"))
 *         .row(label("不予注册情形"), text("本人承诺：……", 4))
 *         .signature("申请人（签字）：", "聘用企业（公章）：")
 *         .row(opinion("盟市住房和城乡建设主管部门意见", 2), opinion("自治区住房和城乡建设厅意见", 3))
 *         .build();
 *
 * byte[] pdf = printer.print(RENEWAL, FormValues.of(Map.of("name", "张三")).tick("gender", "男")
 *         .tick("idType", "身份证").photo("photo", jpeg), "C15020020261124000012", verifyUrl);
 * }</pre>
 */
package org.buildreg.print;

package org.buildreg.person;

import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;
import static org.buildreg.print.Cell.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;

/**
 * A module's printed certificate (二级建造师注册证书, 安全生产考核合格证书): what it is called, its layout on the form
 * engine, and the values of one certificate. Every one opens with the holder ({@link #titled}) and closes with the
 * issuing authority and how to check it ({@link #closing}); a module adds the rows of its own certificate between.
 *
 * @param <C> the module's certificate
 */
public record PrintedCertificate<C extends PersonCertificate>(String title, FormLayout layout,
                                                              Function<C, FormValues> values) {

    /** The head every printed certificate has: its title and 持证人 (姓名, 性别, 证件类型, 证件号码) on a four-column grid. */
    public static FormLayout.Builder titled(String title) {
        return FormLayout.titled(title, null)
                .columns(1.2, 2.0, 1.2, 2.0)
                .section("持证人")
                .row(label("姓名"), field("name"), label("性别"), field("gender"))
                .row(label("证件类型"), field("idType"), label("证件号码"), field("idNumber"));
    }

    /** 发证机关 (value "authority") and how the certificate is checked, under the module's rows. */
    public static FormLayout closing(FormLayout.Builder form) {
        return form.row(label("发证机关"), field("authority", 3))
                .row(text("本证书由内蒙古自治区建筑业信息管理平台签发并加盖电子签章。扫描二维码或在证书查验页面输入证书编号可查验证书状态；"
                        + "在证书查验页面上传本PDF文件可验证其电子签章。", 4))
                .build();
    }

    /**
     * The holder's values (the full ID number: the certificate is printed for his own enterprise, unlike the
     * public page), with 出生日期 as "birthDate", for the module to add its own to.
     */
    public static Map<String, Object> holderValues(Person p) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", p.getName());
        v.put("gender", p.getGender());
        v.put("idType", p.getIdType());
        v.put("idNumber", p.getIdNumber());
        v.put("birthDate", FormValues.day(p.getBirthDate()));
        return v;
    }
}

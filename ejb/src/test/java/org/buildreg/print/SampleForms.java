package org.buildreg.print;

import static org.buildreg.print.Cell.choice;
import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;
import static org.buildreg.print.Cell.opinion;
import static org.buildreg.print.Cell.photo;
import static org.buildreg.print.Cell.text;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Forms shaped like the platform's: the one-page 二级建造师延续注册申请表 (2-1), and a two-page form that adds a
 * work history. Shared by the tests and the benchmark ({@code bin/bench print}).
 */
final class SampleForms {

    static final String NUMBER = "C15020020261124000012";
    static final String VERIFY_URL = "https://jzy.nmg.gov.cn/verify?no=蒙215250000001";
    static final String PROMISE = "本人承诺：无《二级建造师注册实施办法》第十七条（一）至（十一）规定不予注册的情形。"
            + "本人对申请表内容及申报附件材料的真实性负责，如有虚假，愿承担由此产生的一切法律后果。";
    /** The grid of the personal part: label, value, label, value, photo. */
    static final double[] COLUMNS = {1.2, 1.9, 1.1, 1.6, 1.2};
    static final String[] SPECIALTIES = {"建筑工程", "公路工程", "水利水电工程", "市政公用工程", "矿业工程", "机电工程"};

    static final FormLayout RENEWAL = personal(FormLayout.titled("二级建造师延续注册申请表", "2-1"))
            .signature("申请人（签字）：", "聘用企业（公章）：")
            .row(opinion("盟市住房和城乡建设主管部门意见", 2), opinion("自治区住房和城乡建设厅意见", 3))
            .build();

    static final FormLayout WITH_WORK_HISTORY = workHistory(personal(FormLayout.titled("二级建造师初始注册申请表", "2-2")))
            .row(opinion("盟市住房和城乡建设主管部门意见", 2), opinion("自治区住房和城乡建设厅意见", 2))
            .build();

    private SampleForms() {
    }

    private static FormLayout.Builder personal(FormLayout.Builder form) {
        return form.columns(COLUMNS)
                .row(label("姓名"), field("name"), label("性别"), choice("gender", "男", "女"), photo("photo", 4))
                .row(label("出生日期"), field("birthDate"), label("民族"), field("ethnicity"))
                .row(label("证件类型"), choice("idType", 3, "身份证", "军官证", "警官证", "护照"))
                .row(label("证件号码"), field("idNumber", 3))
                .row(label("学历"), field("degree"), label("所学专业"), field("major", 2))
                .row(label("联系电话"), field("phone"), label("电子邮箱"), field("email", 2))
                .section("聘用企业情况")
                .row(label("企业名称"), field("enterprise", 4))
                .row(label("统一社会\n信用代码"), field("uscc"), label("企业所在地"), field("city", 2))
                .row(label("企业地址"), field("address", 4))
                .section("注册情况")
                .row(label("注册编号"), field("registrationNo"), label("有效期至"), field("validUntil", 2))
                .row(label("注册专业"), choice("specialties", 4, SPECIALTIES))
                .row(label("继续教育情况"), field("training", 4))
                .row(label("不予注册情形"), text(PROMISE, 4));
    }

    private static FormLayout.Builder workHistory(FormLayout.Builder form) {
        form.signature("申请人（签字）：", "聘用企业（公章）：")
                .section("个人工作简历")
                .columns(1.3, 2.2, 1.6, 1.2)
                .row(label("起止年月"), label("工作单位"), label("从事工作及职务"), label("证明人"));
        for (int i = 1; i <= 12; i++) {
            form.row(field("work" + i + ".period"), field("work" + i + ".employer"), field("work" + i + ".duty"),
                    field("work" + i + ".witness"));
        }
        return form.section("主要工程业绩")
                .row(label("工程名称"), label("建设规模"), label("担任职务"), label("竣工日期"))
                .row(field("project1.name"), field("project1.size"), field("project1.role"), field("project1.done"))
                .row(field("project2.name"), field("project2.size"), field("project2.role"), field("project2.done"));
    }

    static Map<String, String> person() {
        Map<String, String> v = new HashMap<>();
        v.put("name", "张三");
        v.put("birthDate", "1985年03月12日");
        v.put("ethnicity", "蒙古族");
        v.put("idNumber", "150102198503120017");
        v.put("degree", "大学本科");
        v.put("major", "土木工程");
        v.put("phone", "13904710000");
        v.put("email", "zhangsan@example.com");
        v.put("enterprise", "内蒙古示范建设集团有限公司");
        v.put("uscc", "91150100MA0N1A2B3C");
        v.put("city", "呼和浩特市");
        v.put("address", "内蒙古自治区呼和浩特市赛罕区敕勒川大街18号东方君座B座1201室");
        v.put("registrationNo", "蒙215250000001");
        v.put("validUntil", "2026年12月31日");
        v.put("training", "2024年至2026年参加二级建造师继续教育，必修课60学时、选修课60学时，均已合格（内蒙古自治区建设工程"
                + "继续教育平台，证明编号JXJY2026-015001）。");
        return v;
    }

    static FormValues renewal() {
        return FormValues.of(person()).tick("gender", "男").tick("idType", "身份证").tick("specialties", "建筑工程", "市政公用工程");
    }

    static FormValues withWorkHistory() {
        Map<String, String> v = person();
        String[][] jobs = {
                {"2007.07-2010.06", "包头市第二建筑工程公司", "施工员"},
                {"2010.07-2013.12", "内蒙古兴泰建设集团有限公司", "技术负责人"},
                {"2014.01-2018.06", "内蒙古示范建设集团有限公司", "项目经理（呼和浩特市新城区保障性住房项目）"},
                {"2018.07-至今", "内蒙古示范建设集团有限公司", "项目经理、工程部副经理"}};
        for (int i = 0; i < jobs.length; i++) {
            v.put("work" + (i + 1) + ".period", jobs[i][0]);
            v.put("work" + (i + 1) + ".employer", jobs[i][1]);
            v.put("work" + (i + 1) + ".duty", jobs[i][2]);
            v.put("work" + (i + 1) + ".witness", "李四");
        }
        v.put("project1.name", "呼和浩特市赛罕区某住宅小区1#-6#楼");
        v.put("project1.size", "建筑面积8.6万平方米");
        v.put("project1.role", "项目经理");
        v.put("project1.done", "2021年10月");
        return FormValues.of(v).tick("gender", "男").tick("idType", "身份证").tick("specialties", "建筑工程");
    }

    /** A 1-inch ID photo (295×413 px): a grey figure on blue, as a JPEG ({@code "jpg"}) or PNG ({@code "png"}). */
    static byte[] idPhoto(String format) {
        BufferedImage image = new BufferedImage(295, 413, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(67, 142, 219));
        g.fillRect(0, 0, 295, 413);
        g.setColor(new Color(60, 60, 70));
        g.fillOval(92, 70, 112, 140);
        g.fillRoundRect(40, 230, 215, 220, 90, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

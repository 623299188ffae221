package org.buildreg.legacy;

import java.util.List;

/** The files of the old system's export, each with the columns its header must have, in this order. */
public enum LegacyFile {
    ENTERPRISES("qy.csv", List.of("企业编码", "企业名称", "统一社会信用代码", "组织机构代码", "营业执照注册号", "所属盟市",
            "所属区县", "工商注册地址", "公司现地址", "法定代表人", "经济类型", "联系人", "联系电话", "资质类别及等级", "资质证书编号",
            "登录名", "密码MD5")),
    PERSONS("ry.csv", List.of("人员编号", "姓名", "性别", "证件类型", "证件号码", "出生日期", "民族", "学历", "毕业院校", "所学专业",
            "手机号码", "企业编码")),
    CONSTRUCTOR_REGISTRATIONS("jzs.csv", List.of("注册编号", "资格证书编号", "证书编号", "人员编号", "注册专业", "发证单位",
            "发证日期", "有效期至", "证书状态")),
    SAFETY_STAFF_CERTIFICATES("agry.csv", List.of("证书编号", "人员编号", "人员类别", "发证日期", "有效期始", "有效期至",
            "证书状态")),
    SAFETY_LICENCES("aqxk.csv", List.of("许可证编号", "企业编码", "主要负责人", "许可范围", "发证日期", "有效期至", "证书状态")),
    /**
     * kshg.csv may end with 考试时间 and 考试成绩: the 安全生产考核 rows (考试类别 a 安管人员 人员类别) need them, the
     * 人社厅's 二级建造师 rows leave them empty, and an export without them still reads.
     */
    EXAM_PASSES("kshg.csv", List.of("姓名", "证件号码", "专业", "资格证书编号", "考试年度", "考试类别"),
            List.of("考试时间", "考试成绩"));

    private final String fileName;
    private final List<String> columns;
    private final List<String> optionalColumns;

    LegacyFile(String fileName, List<String> columns) {
        this(fileName, columns, List.of());
    }

    LegacyFile(String fileName, List<String> columns, List<String> optionalColumns) {
        this.fileName = fileName;
        this.columns = columns;
        this.optionalColumns = optionalColumns;
    }

    /** Whether {@code header} is this file's: its columns, with or without the optional ones at the end. */
    public boolean accepts(List<String> header) {
        return header.equals(columns) || !optionalColumns.isEmpty() && header.size() == columns.size()
                + optionalColumns.size() && header.subList(0, columns.size()).equals(columns)
                && header.subList(columns.size(), header.size()).equals(optionalColumns);
    }

    /** Whether a row of {@code size} fields has one of the file's shapes. */
    public boolean fits(int size) {
        return size == columns.size() || !optionalColumns.isEmpty() && size == columns.size() + optionalColumns.size();
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    public static LegacyFile ofFileName(String fileName) {
        for (LegacyFile f : values()) {
            if (f.fileName.equalsIgnoreCase(fileName)) {
                return f;
            }
        }
        throw new IllegalArgumentException("不是旧系统导出的文件: " + fileName);
    }
}

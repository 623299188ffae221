package org.buildreg.legacy;

/**
 * Why a row of the export was not imported. A row is reported once, under the first reason that applies in
 * this order (the first four are the order {@code LEGACY-FORMAT.md} fixes; the others are checked after them).
 */
public enum Reason {
    MALFORMED_ROW("列数与表头不符"),
    ID_CHECKSUM("证件号码无效（校验位错误）"),
    DATE_FORMAT("日期格式错误或日期不存在"),
    ORPHAN_ENTERPRISE("所属企业不在导出的企业中（已放入待认领数据，可通过旧数据导入申请导入）"),
    PERSON_REJECTED("所属人员的记录未能导入"),
    UNKNOWN_PERSON("人员编号在人员文件中不存在"),
    UNKNOWN_CITY("无法识别所属盟市"),
    UNKNOWN_SPECIALTY("无法识别的专业"),
    UNKNOWN_CATEGORY("无法识别的人员类别"),
    MISSING_FIELD("必填项为空"),
    BAD_SCORE("考试成绩应为合格、不合格或0至100分");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    /** The reason as the reject report shows it. */
    public String label() {
        return label;
    }
}

package org.buildreg.person;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One 信息补录 of 查看历史补录: when, by whom, and each field that changed (字段: 原值 → 新值). */
public record SupplementChange(LocalDateTime changedAt, String changedBy, List<String> changes) implements Serializable {

    /** The fields that differ, as "字段：原值 → 新值"; a blank value counts as none. */
    public static List<String> changes(PersonDetails before, PersonDetails after) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("性别", new Object[] {before.getGender(), after.getGender()});
        fields.put("出生日期", new Object[] {before.getBirthDate(), after.getBirthDate()});
        fields.put("民族", new Object[] {before.getEthnicity(), after.getEthnicity()});
        fields.put("毕业院校", new Object[] {before.getSchool(), after.getSchool()});
        fields.put("所学专业", new Object[] {before.getMajor(), after.getMajor()});
        fields.put("学历", new Object[] {before.getEducation(), after.getEducation()});
        fields.put("毕业时间", new Object[] {before.getGraduatedOn(), after.getGraduatedOn()});
        fields.put("学位", new Object[] {before.getDegree(), after.getDegree()});
        fields.put("手机号码", new Object[] {before.getMobile(), after.getMobile()});
        fields.put("联系电话", new Object[] {before.getPhone(), after.getPhone()});
        fields.put("电子邮箱", new Object[] {before.getEmail(), after.getEmail()});
        List<String> changes = new ArrayList<>();
        fields.forEach((label, v) -> {
            if (!Objects.equals(blankToNull(v[0]), blankToNull(v[1]))) {
                changes.add(label + "：" + (v[0] == null ? "（空）" : v[0]) + " → " + (v[1] == null ? "（空）" : v[1]));
            }
        });
        return changes;
    }

    private static Object blankToNull(Object o) {
        return o instanceof String s && s.isBlank() ? null : o;
    }
}

package org.buildreg.web.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.buildreg.constructor.ChangeReason;
import org.buildreg.constructor.ConstructorRules;
import org.buildreg.constructor.Specialty;

/** The choices of the 二级建造师 forms (注册专业, 变更注册原因, 失效原因, 注销原因 …). */
@Named
@ApplicationScoped
public class ConstructorOptions {

    public String join(List<String> items) {
        return items == null ? "" : String.join("、", items);
    }

    public List<String> getSpecialties() {
        return Arrays.stream(Specialty.values()).map(Specialty::label).toList();
    }

    /** 聘用企业变更 is 人员调出 + 人员调入, not a choice of 变更注册. */
    public List<ChangeReason> getChangeReasons() {
        return List.of(ChangeReason.ENTERPRISE_NAME, ChangeReason.NAME, ChangeReason.ID_NUMBER);
    }

    public List<String> getLapseReasons() { return ConstructorRules.LAPSE_REASONS; }
    public List<String> getCancellationApplicants() { return ConstructorRules.CANCELLATION_APPLICANTS; }
    public List<String> getCancellationReasons() { return ConstructorRules.CANCELLATION_REASONS; }
}

package org.buildreg.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/**
 * 遗失补办: a lost or damaged 有效 or 已过期 certificate, auto-filled; 补办原因 and the holder's statement (本人签字).
 * Approval issues the same certificate again — number, 人员类别 and validity stay — and records the day, which the
 * printed certificate shows as 补发日期.
 */
@ApplicationScoped
public class ReplacementType extends SafetyStaffType {

    /** What the holder signs on the paper form (本人签字). */
    public static final String STATEMENT = "本人的安全生产考核合格证书确已遗失（损毁），已声明作废，现申请补办；所填内容真实，如有不实由本人承担一切后果。";

    @Override
    public String code() {
        return SafetyStaffRules.REPLACEMENT;
    }

    @Override
    public String label() {
        return "遗失补办";
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("LOSS_NOTICE", "遗失声明（登报声明或本人书面声明）"),
                AttachmentKind.required("CONTRACT", "劳动（聘用）合同"));
    }

    @Override
    public void check(SafetyStaffForm form, Filing filing, Refusal.Collector errors) {
        checkHolder(form, filing, errors);
        requireNote(errors, "replacementReason", form.getReplacementReason(), "补办原因");
        if (!form.isSelfSigned()) {
            errors.reject("selfSigned", "请确认本人声明（本人签字）");
        }
    }

    @Override
    protected void summarizeOwn(FormSummary s, SafetyStaffForm form) {
        s.section("遗失补办").line("补办原因", form.getReplacementReason())
                .line("本人签字", form.isSelfSigned() ? STATEMENT : "未确认");
    }

    @Override
    public void approve(Declaration declaration, SafetyStaffForm form) {
        certificateOf(form).reissue(LocalDate.now());
    }
}

package org.buildreg.declaration;

import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.platform.Refusal;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;

/**
 * What a business type (业务类型: 初始注册, 证书延期, 新增申报 …) adds to the shared workflow. A module implements
 * one per business type as a CDI bean; {@link BusinessTypes} finds them all and {@link DeclarationService} and
 * {@link ReviewService} drive them, so that adding a business type touches its own feature package only.
 *
 * @param <F> the type of its form, stored with the declaration as JSON
 */
public interface BusinessType<F> {

    /** The code in table business_type, e.g. CONSTRUCTOR_RENEWAL. */
    String code();

    Module module();

    /** The name the lists show, e.g. 延续注册. */
    String label();

    Class<F> formType();

    /**
     * A new form, auto-filled from what the platform knows about {@code from} (a registration id, an ID number …,
     * whatever the type starts from; null for types that start empty). Refuses a start the filer may not make.
     */
    F start(Filing filing, String from);

    /**
     * Fills in what the platform knows for what has been typed so far (新增申报: 参加考试时间 and 考试成绩 from the
     * 考核 data once 姓名, 证件号码 and 人员类别 are there). Called as the user types and again before every save, so
     * the stored form holds the platform's values, whatever the browser sent.
     */
    default void refresh(F form, Filing filing) {
    }

    /** The attachment checklist shown on the form; the required ones must be there before 上报. */
    List<AttachmentKind> attachments();

    /** Who or what the declaration is about (the person's ID number, the licence number): one in flight each. */
    String subjectKey(F form);

    /** The name the lists show for the subject (申报人). */
    String subjectName(F form);

    /** The business rules of the form, field by field; called on save and again on 上报. */
    void check(F form, Filing filing, Refusal.Collector errors);

    /** The form read-only, for reviewers and the declaration view, in the form's own order. */
    FormSummary summarize(F form);

    /** Its 申请表 as printed: built once; a cell named "photo" receives the 证件照片 attachment. */
    FormLayout printLayout();

    /** The values of {@code form} for the printed 申请表. */
    FormValues printValues(F form);

    /** The effect of the final approval, in the same transaction as the review step that approves it. */
    void approve(Declaration declaration, F form);
}

package org.buildreg.legacy;

import java.io.Serializable;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.reference.IdCardNumber;

/** 旧数据导入申请 as the enterprise fills it: a person by name + ID number, or a certificate by its number. */
public class LegacyImportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LegacyImportRequest.Kind kind = LegacyImportRequest.Kind.PERSON;
    private String personName;
    private String idNumber;
    private String certificateNo;
    private String note;

    public void check(Refusal.Collector errors) {
        if (kind == null) {
            errors.reject("kind", "请选择申请导入的内容");
            return;
        }
        if (kind == LegacyImportRequest.Kind.PERSON) {
            if (LegacyText.cleanOrNull(personName) == null) {
                errors.reject("personName", "请填写姓名");
            } else {
                TextLimit.PERSON_NAME.check(errors, "personName", personName, "姓名");
            }
            String id = LegacyText.cleanOrNull(idNumber);
            if (id == null) {
                errors.reject("idNumber", "请填写身份证号");
            } else if (!IdCardNumber.isValid(IdCardNumber.normalize(id))) {
                errors.reject("idNumber", "身份证号不正确（15位或18位，末位校验码须正确）");
            }
        } else if (LegacyText.cleanOrNull(certificateNo) == null) {
            errors.reject("certificateNo", "请填写证书编号");
        }
        TextLimit.NOTE.check(errors, "note", note, "说明");
    }

    /** The ID number as the staging area keys it. */
    public String normalizedIdNumber() {
        return IdCardNumber.normalize(LegacyText.clean(idNumber));
    }

    public LegacyImportRequest.Kind getKind() { return kind; }
    public void setKind(LegacyImportRequest.Kind kind) { this.kind = kind; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String certificateNo) { this.certificateNo = certificateNo; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}

package org.buildreg.person;

import jakarta.persistence.EntityManager;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.print.FormPrinter;
import org.buildreg.reference.IdCardNumber;

/**
 * The checks of a change of the person himself (姓名变更, 身份证号码变更), the same in every module: the new value is
 * there, differs from the old one, prints, and a new ID number is valid and nobody else's on the platform.
 */
public final class PersonChanges {

    private PersonChanges() {
    }

    /** 变更后姓名 in field {@code field}. */
    public static void checkNewName(Refusal.Collector errors, String field, String newName, String currentName) {
        if (newName == null || newName.isBlank()) {
            errors.reject(field, "请填写变更后姓名");
        } else if (newName.strip().equals(currentName)) {
            errors.reject(field, "变更后姓名与变更前相同");
        } else {
            TextLimit.PERSON_NAME.check(errors, field, newName.strip(), "变更后姓名");
            FormPrinter.checkPrintable(errors, field, newName);
        }
    }

    /** 变更后身份证号码 in field {@code field}; {@code currentId} is the normalized number held now. */
    public static void checkNewIdNumber(EntityManager em, Refusal.Collector errors, String field, String newIdNumber,
                                        String currentId) {
        String id = IdCardNumber.normalize(newIdNumber);
        if (id == null || id.isBlank()) {
            errors.reject(field, "请填写变更后号码");
        } else if (!IdCardNumber.isValid(id)) {
            errors.reject(field, "变更后身份证号码不正确");
        } else if (id.equals(currentId)) {
            errors.reject(field, "变更后号码与变更前相同");
        } else if (!em.createQuery("SELECT p.id FROM Person p WHERE p.idType = :card AND p.idNumber = :n", Long.class)
                .setParameter("card", Person.ID_CARD).setParameter("n", id).getResultList().isEmpty()) {
            errors.reject(field, "该身份证号码已属于平台中的其他人员");
        }
    }
}

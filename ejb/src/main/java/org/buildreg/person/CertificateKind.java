package org.buildreg.person;

import org.buildreg.account.Module;
import org.buildreg.reference.CertificateStatus;

/**
 * What the shared person code needs to know of a module's certificate, said once per module: its module and
 * entity, its name in the audit log of a refused access, its number column (the lists' order), the codes of its
 * 人员调出 and 人员调入, and which certificates each of its business types starts from.
 *
 * @param <C> the module's certificate
 */
public record CertificateKind<C extends PersonCertificate>(Module module, Class<C> type, String label,
                                                           String numberField, String transferOut,
                                                           String transferIn, StartRule startRule) {

    /** Whether a business type (or 人员调出) may start from a certificate in a status. */
    @FunctionalInterface
    public interface StartRule {
        boolean mayStart(String businessType, CertificateStatus status);
    }

    public boolean mayStart(String businessType, CertificateStatus status) {
        return startRule.mayStart(businessType, status);
    }
}

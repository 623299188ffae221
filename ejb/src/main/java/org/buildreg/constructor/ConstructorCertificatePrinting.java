package org.buildreg.constructor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.buildreg.account.Account;
import org.buildreg.account.Module;
import org.buildreg.auth.Callers;
import org.buildreg.declaration.PrintedForm;
import org.buildreg.dongle.DongleAuthority;
import org.buildreg.print.FormPrinter;

/**
 * 证书查询 → 打印证书: a 二级建造师注册证书 as a PDF signed with the platform's 电子签章, for the enterprise that holds the
 * registration only (a guessed id is refused and audited).
 */
@Stateless
@RolesAllowed("MODULE_CONSTRUCTOR")
public class ConstructorCertificatePrinting {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DongleAuthority authority;
    @Inject
    private FormPrinter printer;

    /** {@code verifyBase} is the public page's address up to "no=", e.g. https://host/verify?no= . */
    public PrintedForm print(Long registrationId, String verifyBase) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        ConstructorRegistration r = registrationId == null ? null
                : em.find(ConstructorRegistration.class, registrationId);
        if (r == null || r.getEnterprise() == null || !r.getEnterprise().getId().equals(me.enterpriseId())) {
            throw callers.denied(me, "二级建造师注册 " + registrationId);
        }
        byte[] pdf = printer.print(ConstructorCertificateForm.LAYOUT, ConstructorCertificateForm.valuesOf(r),
                r.getCertificateNo(), verifyBase == null ? null : verifyBase + r.getCertificateNo());
        return new PrintedForm("二级建造师注册证书-" + r.getCertificateNo() + ".pdf", authority.pdfSeal().sign(pdf));
    }
}

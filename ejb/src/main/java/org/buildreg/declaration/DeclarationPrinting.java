package org.buildreg.declaration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.buildreg.auth.Callers;
import org.buildreg.dongle.DongleAuthority;
import org.buildreg.print.FormPrinter;
import org.buildreg.print.FormValues;

/**
 * 打印: a declaration's 申请表 as PDF, for whoever may read the declaration. The business type gives the layout
 * and the values; the workflow adds the 证件照片, the 申报单号 and the QR code of the public verification page, and
 * the platform's 电子签章 signs the file (PAdES), so that an edited copy is told apart on the public page. A draft
 * (未提交) is printed with 草稿 across it and without the seal: it is no application yet.
 */
@Stateless
@RolesAllowed({"ENTERPRISE", "CITY_REVIEWER", "PROVINCE_REVIEWER"})
public class DeclarationPrinting {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DeclarationAccess access;
    @EJB
    private DongleAuthority authority;
    @Inject
    private BusinessTypes types;
    @Inject
    private FormPrinter printer;

    /** {@code verifyBase} is the public page's address up to "no=", e.g. https://host/verify?no= . */
    public PrintedForm print(Long declarationId, String verifyBase) {
        Declaration d = access.readable(callers.current(), declarationId);
        BusinessType<?> type = types.of(d.getBusinessType());
        FormValues values = valuesOf(type, d);
        if (type.printLayout().hasField("photo")) {
            byte[] photo = em.createQuery("SELECT a.content FROM DeclarationAttachment a WHERE a.declaration = :d"
                    + " AND a.kind = :photo", byte[].class).setParameter("d", d)
                    .setParameter("photo", AttachmentKind.photo().code()).getResultStream().findFirst().orElse(null);
            if (photo != null) {
                values = values.photo("photo", photo);
            }
        }
        if (d.getStage() == Stage.DRAFT) {
            return new PrintedForm(type.printLayout().title() + "-" + d.getDeclarationNo() + "-草稿.pdf",
                    printer.printDraft(type.printLayout(), values, d.getDeclarationNo()));
        }
        byte[] pdf = printer.print(type.printLayout(), values, d.getDeclarationNo(),
                verifyBase == null ? null : verifyBase + d.getDeclarationNo());
        return new PrintedForm(type.printLayout().title() + "-" + d.getDeclarationNo() + ".pdf",
                authority.pdfSeal().sign(pdf));
    }

    private <F> FormValues valuesOf(BusinessType<F> type, Declaration d) {
        return type.printValues(FormCodec.read(d.getFormData(), type.formType()));
    }
}

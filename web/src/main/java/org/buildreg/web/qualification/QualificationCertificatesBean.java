package org.buildreg.web.qualification;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.qualification.QualificationCertificate;
import org.buildreg.qualification.QualificationCertificates;
import org.buildreg.web.shell.PagedList;

/** 资质管理 → 资质证书 (read-only). */
@Named
@ViewScoped
public class QualificationCertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QualificationCertificates certificates;
    private final PagedList<QualificationCertificate> list =
            new PagedList<>(page -> certificates.searchOwn(page), QualificationCertificate::getId);

    public PagedList<QualificationCertificate> getList() { return list; }
}

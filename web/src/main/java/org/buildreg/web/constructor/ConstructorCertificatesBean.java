package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.constructor.ConstructorCertificateRow;
import org.buildreg.constructor.ConstructorCertificates;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.web.shell.PagedList;

/** 证书查询 → 已办证书 (二级建造师). */
@Named
@ViewScoped
public class ConstructorCertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorCertificates certificates;
    private String name;
    private String idNumber;
    private CertificateStatus status;
    private final PagedList<ConstructorCertificateRow> list = new PagedList<>(
            page -> certificates.searchOwn(name, idNumber, status, page), ConstructorCertificateRow::id);

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public PagedList<ConstructorCertificateRow> getList() { return list; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public CertificateStatus getStatus() { return status; }
    public void setStatus(CertificateStatus status) { this.status = status; }
}

package org.buildreg.web.safetystaff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.safetystaff.SafetyStaffCategory;
import org.buildreg.safetystaff.SafetyStaffCertificateRow;
import org.buildreg.safetystaff.SafetyStaffCertificates;
import org.buildreg.web.shell.PagedList;

/** 证书查询 → 已办证书 (安管人员). */
@Named
@ViewScoped
public class SafetyStaffCertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SafetyStaffCertificates certificates;
    private String name;
    private SafetyStaffCategory category;
    private CertificateStatus status;
    private final PagedList<SafetyStaffCertificateRow> list = new PagedList<>(
            page -> certificates.searchOwn(name, category, status, page), SafetyStaffCertificateRow::id);

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public SafetyStaffCategory[] getCategories() {
        return SafetyStaffCategory.values();
    }

    public PagedList<SafetyStaffCertificateRow> getList() { return list; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SafetyStaffCategory getCategory() { return category; }
    public void setCategory(SafetyStaffCategory category) { this.category = category; }
    public CertificateStatus getStatus() { return status; }
    public void setStatus(CertificateStatus status) { this.status = status; }
}

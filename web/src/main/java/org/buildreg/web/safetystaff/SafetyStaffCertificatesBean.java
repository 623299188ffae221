package org.buildreg.web.safetystaff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.web.shell.Spreadsheet.Column;
import org.buildreg.web.shell.Downloads;
import java.util.List;
import java.io.IOException;
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

    /** 导出Excel: every row that the current filters select. */
    public void exportExcel() throws IOException {
        Downloads.excel("安管人员已办证书", List.of(
                new Column<SafetyStaffCertificateRow>("证书编号", SafetyStaffCertificateRow::certificateNo),
                new Column<SafetyStaffCertificateRow>("人员姓名", SafetyStaffCertificateRow::personName),
                new Column<SafetyStaffCertificateRow>("证件号码", SafetyStaffCertificateRow::idNumber),
                new Column<SafetyStaffCertificateRow>("人员类别", SafetyStaffCertificateRow::getCategoryLabel),
                new Column<SafetyStaffCertificateRow>("所属地市", SafetyStaffCertificateRow::cityName),
                new Column<SafetyStaffCertificateRow>("企业名称", SafetyStaffCertificateRow::enterpriseName),
                new Column<SafetyStaffCertificateRow>("发证日期", SafetyStaffCertificateRow::issuedOn),
                new Column<SafetyStaffCertificateRow>("有效期始", SafetyStaffCertificateRow::validFrom),
                new Column<SafetyStaffCertificateRow>("有效期至", SafetyStaffCertificateRow::validUntil),
                new Column<SafetyStaffCertificateRow>("证书状态", SafetyStaffCertificateRow::getStatusLabel)),
                page -> certificates.searchOwn(name, category, status, page));
    }
}

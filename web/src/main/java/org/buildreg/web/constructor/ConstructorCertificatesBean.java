package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.web.shell.Spreadsheet.Column;
import org.buildreg.web.shell.Downloads;
import java.util.List;
import java.io.IOException;
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

    /** 导出Excel: every row that the current filters select. */
    public void exportExcel() throws IOException {
        Downloads.excel("二级建造师已办证书", List.of(
                new Column<ConstructorCertificateRow>("申报人", ConstructorCertificateRow::personName),
                new Column<ConstructorCertificateRow>("证件类型", ConstructorCertificateRow::idType),
                new Column<ConstructorCertificateRow>("证件号码", ConstructorCertificateRow::idNumber),
                new Column<ConstructorCertificateRow>("地市", ConstructorCertificateRow::cityName),
                new Column<ConstructorCertificateRow>("所属企业", ConstructorCertificateRow::enterpriseName),
                new Column<ConstructorCertificateRow>("注册编号", ConstructorCertificateRow::registrationNo),
                new Column<ConstructorCertificateRow>("资格证书编号", ConstructorCertificateRow::qualificationNo),
                new Column<ConstructorCertificateRow>("证书编号", ConstructorCertificateRow::certificateNo),
                new Column<ConstructorCertificateRow>("注册专业", ConstructorCertificateRow::specialties),
                new Column<ConstructorCertificateRow>("发证日期", ConstructorCertificateRow::issuedOn),
                new Column<ConstructorCertificateRow>("有效期至", ConstructorCertificateRow::validUntil),
                new Column<ConstructorCertificateRow>("证书状态", ConstructorCertificateRow::getStatusLabel)),
                page -> certificates.searchOwn(name, idNumber, status, page));
    }
}

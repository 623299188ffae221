package org.buildreg.web.dongle;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.dongle.DongleCertificate;
import org.buildreg.dongle.DongleCertificates;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;

/** 加密锁证书 (ADMIN): 签发 from a pasted CSR, the issued certificates, 吊销. */
@Named
@ViewScoped
public class DongleCertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DongleCertificates certificates;
    private String csr;
    private String issued;
    private final PagedList<DongleCertificate> list = new PagedList<>(page -> certificates.list(page),
            DongleCertificate::getSerialNo);

    public void issue() {
        try {
            issued = certificates.issue(csr);
            csr = null;
            FieldMessages.info("证书已签发，请将下方证书写入加密锁");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public void revoke(Long serialNo) {
        try {
            certificates.revoke(serialNo);
            FieldMessages.info("证书 " + serialNo + " 已吊销，证书吊销列表（CRL）已更新");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public PagedList<DongleCertificate> getList() { return list; }
    public String getCsr() { return csr; }
    public void setCsr(String csr) { this.csr = csr; }
    public String getIssued() { return issued; }
    /** The CA certificate, written onto the token after the issued one so the token holds the whole chain. */
    public String getCaPem() { return certificates.caCertificate(); }
}

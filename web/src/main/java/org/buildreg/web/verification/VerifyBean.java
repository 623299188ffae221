package org.buildreg.web.verification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.buildreg.verification.CertificateVerification;
import org.buildreg.verification.Verification;

/** 证书查验: looks up the number given in the address (from a QR code) or typed in. */
@Named
@RequestScoped
public class VerifyBean {

    @EJB
    private CertificateVerification verification;
    private String no;
    private Verification result;
    private boolean searched;

    public void lookUp() {
        searched = no != null && !no.isBlank();
        result = searched ? verification.verify(no).orElse(null) : null;
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public Verification getResult() { return result; }
    public boolean isSearched() { return searched; }
}

package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import org.buildreg.constructor.ConstructorCertificatePrinting;
import org.buildreg.declaration.PrintedForm;
import org.buildreg.web.shell.PdfServlet;

/**
 * 打印证书: /constructor/certificate/print?id=… answers a 二级建造师注册证书 as a signed PDF, for the enterprise that
 * holds the registration (the EJB checks).
 */
@WebServlet("/constructor/certificate/print")
public class CertificatePrintServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorCertificatePrinting printing;

    @Override
    protected PrintedForm print(Long id, String verifyUrl) {
        return printing.print(id, verifyUrl);
    }
}

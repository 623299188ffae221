package org.buildreg.web.person;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.buildreg.account.Module;
import org.buildreg.declaration.PrintedForm;
import org.buildreg.web.shell.PdfServlet;

/**
 * 打印证书: {@code /<module>/certificate/print?id=…} answers the module's certificate as a signed PDF, for the
 * enterprise that holds it (the EJB checks; the module's folder is protected by its role in web.xml).
 */
@WebServlet({CertificatePrintServlet.CONSTRUCTOR, CertificatePrintServlet.SAFETY_STAFF})
public class CertificatePrintServlet extends PdfServlet {

    static final String CONSTRUCTOR = "/constructor/certificate/print";
    static final String SAFETY_STAFF = "/safetystaff/certificate/print";
    private static final long serialVersionUID = 1L;
    private static final Map<String, Module> MODULES = Map.of(CONSTRUCTOR, Module.CONSTRUCTOR,
            SAFETY_STAFF, Module.SAFETY_STAFF);

    @Inject
    private PersonModules modules;

    @Override
    protected PrintedForm print(HttpServletRequest request, Long id, String verifyUrl) {
        return modules.actionsOf(MODULES.get(request.getServletPath())).printCertificate(id, verifyUrl);
    }
}

package org.buildreg.web.declaration;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.buildreg.declaration.DeclarationPrinting;
import org.buildreg.declaration.PrintedForm;
import org.buildreg.web.shell.PdfServlet;

/** 打印: /declaration/print?id=… answers the declaration's 申请表 as a signed PDF, for whoever may read it (the EJB checks). */
@WebServlet("/declaration/print")
public class PrintServlet extends PdfServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationPrinting printing;

    @Override
    protected PrintedForm print(HttpServletRequest request, Long id, String verifyUrl) {
        return printing.print(id, verifyUrl);
    }
}

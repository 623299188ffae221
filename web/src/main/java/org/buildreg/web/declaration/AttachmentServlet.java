package org.buildreg.web.declaration;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.buildreg.declaration.AttachmentContent;
import org.buildreg.declaration.DeclarationReading;

/**
 * An attachment's image for its preview: /declaration/attachment?d=…&a=…, served only to whoever may read the
 * declaration (the EJB checks). The content type is the one found by content at upload, never the file name's.
 */
@WebServlet("/declaration/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationReading reading;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long declarationId = number(request.getParameter("d"));
        Long attachmentId = number(request.getParameter("a"));
        if (declarationId == null || attachmentId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentContent content = reading.attachment(declarationId, attachmentId);
        response.setContentType(content.contentType());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "inline");
        response.setContentLength(content.bytes().length);
        response.getOutputStream().write(content.bytes());
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

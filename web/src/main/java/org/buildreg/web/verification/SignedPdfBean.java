package org.buildreg.web.verification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.buildreg.platform.Refusal;
import org.buildreg.verification.PdfSignatureCheck;
import org.buildreg.verification.SignedPdfVerification;
import org.buildreg.web.shell.FieldMessages;

/** 验证PDF文件的电子签章: reads the uploaded file (never more than the service accepts plus one byte) and shows the check. */
@Named
@RequestScoped
public class SignedPdfBean {

    @EJB
    private SignedPdfVerification verification;
    private Part file;
    private PdfSignatureCheck result;

    public void check() {
        try {
            result = verification.check(read(file));
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    private static byte[] read(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(SignedPdfVerification.MAX_BYTES + 1);
        } catch (IOException e) {
            throw Refusal.onField(SignedPdfVerification.FIELD, "文件读取失败，请重新上传");
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public PdfSignatureCheck getResult() { return result; }
}

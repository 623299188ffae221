package org.buildreg.verification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.buildreg.dongle.DongleAuthority;
import org.buildreg.platform.Refusal;

/**
 * 验证PDF文件的电子签章: the public page hands over an uploaded file; the answer says whether the platform signed it
 * and whether it is unchanged since. Public: no login, nothing stored.
 */
@Stateless
@PermitAll
public class SignedPdfVerification {

    /** Below the servlet's 4 MB a file, so the page, not the container, answers a file that is too large. */
    public static final int MAX_BYTES = 3 * 1024 * 1024;
    /** The upload field's id on the page: refusals are shown beside it. */
    public static final String FIELD = "file";

    @EJB
    private DongleAuthority authority;

    /** {@code content}: the file as uploaded, read up to one byte past {@link #MAX_BYTES}. */
    public PdfSignatureCheck check(byte[] content) {
        if (content == null || content.length == 0) {
            throw Refusal.onField(FIELD, "请选择要验证的PDF文件");
        }
        if (content.length > MAX_BYTES) {
            throw Refusal.onField(FIELD, "文件不能超过3 MB");
        }
        PdfSignatureCheck result = new SignedPdfCheck(authority.ca().certificate()).check(content);
        if (result.status() == PdfSignatureStatus.NOT_PDF) {
            throw Refusal.onField(FIELD, PdfSignatureStatus.NOT_PDF.message() + "，请上传本平台打印的PDF文件");
        }
        return result;
    }
}

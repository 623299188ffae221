package org.buildreg.print;

import com.itextpdf.barcodes.exceptions.WriterException;
import com.itextpdf.barcodes.qrcode.ByteMatrix;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.barcodes.qrcode.QRCodeWriter;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.util.Map;

/**
 * The QR code (二维码) printed on a form, leading to the public verification page (证书查验): encoded by iText's
 * QR encoder (UTF-8, error correction M, its quiet zone included) and drawn as a form XObject of black squares,
 * one rectangle per horizontal run of modules, so it stays sharp at any zoom and costs few bytes.
 */
final class VerificationCode {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);

    private VerificationCode() {
    }

    /** iText's writer renders dark modules as 0 and light ones as 255. */
    private static boolean dark(ByteMatrix matrix, int x, int y) {
        return matrix.get(x, y) == 0;
    }

    /** A square form XObject at most {@code size} points wide. */
    static PdfFormXObject of(String url, float size, PdfDocument pdf) {
        ByteMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, 1, 1, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The address is too long for a QR code: " + url, e);
        }
        int modules = matrix.getWidth();
        // Whole hundredths of a point, as the content stream writes them: every square then meets its neighbours.
        float module = (float) Math.floor(size * 100 / modules) / 100;
        float side = module * modules;
        PageContent content = new PageContent();
        content.fillGray(0);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (!dark(matrix, x, y)) {
                    continue;
                }
                int run = x;
                while (run + 1 < modules && dark(matrix, run + 1, y)) {
                    run++;
                }
                content.rectUp(x * module, side - (y + 1) * module, (run - x + 1) * module, module);
                x = run;
            }
        }
        content.fill();
        PdfFormXObject form = new PdfFormXObject(new Rectangle(side, side));
        form.getPdfObject().setData(content.bytes());
        form.makeIndirect(pdf);
        return form;
    }
}

package org.buildreg.print;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** The text of a printed PDF, page after page, as iText's extractor reads it back (for the modules' form tests). */
public final class PrintedText {

    private PrintedText() {
    }

    public static String of(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(i), new LocationTextExtractionStrategy()));
            }
        }
        return all.toString();
    }
}

package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.buildreg.account.Enterprise;
import org.buildreg.person.Person;
import org.buildreg.print.FormPrinter;
import org.buildreg.print.PdfSeal;
import org.buildreg.reference.CertificateStatus;
import org.junit.jupiter.api.Test;

/** The printed 二级建造师注册证书: one A4 page with the holder, the numbers, the employer and each specialty's validity. */
class ConstructorCertificateFormTest {

    @Test
    void theCertificatePrintsOnOnePageWithEverythingItCertifies() throws Exception {
        Enterprise employer = new Enterprise("内蒙古示范建设集团有限公司", "91150100MA0N1A2B30", "N1A2B30",
                "91150100MA0N1A2B30", "150100", "150102", "地址", "地址", LocalDateTime.now());
        Person person = new Person("张建华", "男", "身份证", "150102198003151234", LocalDate.of(1980, 3, 15), employer,
                LocalDateTime.now());
        ConstructorRegistration r = new ConstructorRegistration(person, employer, "蒙215250000001", "NMG2500001",
                "00012345", EnumSet.of(Specialty.BUILDING, Specialty.MUNICIPAL), "内蒙古自治区住房和城乡建设厅",
                LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 29), CertificateStatus.VALID);
        byte[] pdf = new FormPrinter().print(ConstructorCertificateForm.LAYOUT, ConstructorCertificateForm.valuesOf(r),
                r.getCertificateNo(), "https://jzy.nmg.gov.cn/verify?no=00012345");
        String flag = System.getProperty("buildreg.samples");
        if (flag != null) {
            Files.write(Path.of(flag, "constructor-certificate.pdf"), pdf);
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(595, Math.round(doc.getPage(1).getPageSize().getWidth()), "A4");
            String text = PdfTextExtractor.getTextFromPage(doc.getPage(1), new LocationTextExtractionStrategy());
            for (String expected : new String[] {"二级建造师注册证书", "张建华", "150102198003151234", "蒙215250000001",
                    "00012345", "NMG2500001", "内蒙古示范建设集团有限公司", "建筑工程（有效期至2028年02月29日）",
                    "市政公用工程（有效期至2028年02月29日）", "2025年03月01日", "有效", "内蒙古自治区住房和城乡建设厅"}) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
            assertEquals("00012345", doc.getDocumentInfo().getMoreInfo(PdfSeal.NUMBER_KEY));
        }
    }
}

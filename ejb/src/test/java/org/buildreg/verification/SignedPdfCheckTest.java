package org.buildreg.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.buildreg.dongle.PlatformCa;
import org.buildreg.dongle.PlatformSeal;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormPrinter;
import org.buildreg.print.FormValues;
import org.buildreg.print.PdfSeal;
import org.junit.jupiter.api.Test;

import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;

/** The public check of an uploaded PDF against what the platform's 电子签章 and a forger can produce. */
class SignedPdfCheckTest {

    private static final Instant NOW = Instant.now();
    private static final PlatformCa CA = PlatformCa.create("BuildReg 加密锁 CA", NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(3650)));
    private static final PlatformSeal SEAL = PlatformSeal.issue(CA, NOW);
    private static final FormLayout LAYOUT = FormLayout.titled("签章测试表", "9-9").columns(1, 3)
            .row(label("姓名"), field("name")).build();
    private static final String NUMBER = "C150100202611240000001";

    private final SignedPdfCheck check = new SignedPdfCheck(CA.certificate());

    private static byte[] printed() {
        return new FormPrinter().print(LAYOUT, FormValues.of(Map.of("name", "张建华")), NUMBER, null);
    }

    private static byte[] signed() {
        return new PdfSeal(SEAL.key(), SEAL.chain()).sign(printed());
    }

    @Test
    void aFormSignedByThePlatformIsValidWithItsSignerTimeAndNumber() {
        PdfSignatureCheck result = check.check(signed());
        assertEquals(PdfSignatureStatus.VALID, result.status());
        assertEquals(PlatformSeal.NAME, result.signer());
        assertNotNull(result.signedAt());
        assertEquals(NUMBER, result.documentNo());
    }

    @Test
    void oneChangedByteOfTheSignedContentIsAModification() {
        byte[] pdf = signed();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        // The middle of the first signed byte range (from the start of the file to the signature's /Contents).
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("/ByteRange\\s*\\[\\s*0\\s+(\\d+)")
                .matcher(text);
        org.junit.jupiter.api.Assertions.assertTrue(range.find());
        pdf[Integer.parseInt(range.group(1)) / 2] ^= 0x01;
        assertEquals(PdfSignatureStatus.MODIFIED, check.check(pdf).status());
    }

    @Test
    void anIncrementalUpdateAfterSigningIsAModification() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed())),
                new PdfWriter(out), new StampingProperties().useAppendMode())) {
            pdf.getFirstPage().addAnnotation(new PdfTextAnnotation(new Rectangle(100, 100, 20, 20))
                    .setContents(new PdfString("已审核")));
        }
        PdfSignatureCheck result = check.check(out.toByteArray());
        assertEquals(PdfSignatureStatus.MODIFIED, result.status());
        assertNull(result.documentNo());
    }

    @Test
    void anUnsignedPdfIsUnsigned() {
        assertEquals(PdfSignatureStatus.UNSIGNED, check.check(printed()).status());
    }

    @Test
    void aSignatureByAKeyOfSomeoneElsesIsUntrusted() {
        PlatformCa forger = PlatformCa.create("BuildReg 加密锁 CA", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(3650)));
        PlatformSeal fake = PlatformSeal.issue(forger, NOW);
        PdfSignatureCheck result = check.check(new PdfSeal(fake.key(), fake.chain()).sign(printed()));
        assertEquals(PdfSignatureStatus.UNTRUSTED, result.status());
        assertEquals(PlatformSeal.NAME, result.signer(), "the forger may copy the name, not the chain");
    }

    @Test
    void aPdfSignedWithADongleOfThePlatformsOwnCaIsNotThePlatformsSeal() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair token = generator.generateKeyPair();
        java.security.cert.X509Certificate dongle = CA.issue(
                new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                        new org.bouncycastle.asn1.x500.X500Name("CN=demoqy01,O=示范企业,C=CN"), token.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                                .build(token.getPrivate())),
                java.math.BigInteger.valueOf(1001), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(700)));
        byte[] forged = new PdfSeal(token.getPrivate(), java.util.List.of(dongle, CA.certificate())).sign(printed());

        PdfSignatureCheck result = check.check(forged);
        assertEquals(PdfSignatureStatus.UNTRUSTED, result.status());
        assertNull(result.documentNo(), "a number the signer wrote into the file is not shown");
        org.junit.jupiter.api.Assertions.assertTrue(result.status().message().contains("非本平台签章"));
    }

    @Test
    void textAndBrokenPdfsAreNotPdfs() {
        assertEquals(PdfSignatureStatus.NOT_PDF, check.check("这不是PDF".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(PdfSignatureStatus.NOT_PDF, check.check(new byte[0]).status());
        assertEquals(PdfSignatureStatus.NOT_PDF, check.check("%PDF-1.7\nnothing else".getBytes(
                StandardCharsets.US_ASCII)).status());
    }
}

package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * 加密锁证书 in the admin console: a bad request is refused beside the field; a token's CSR gets a certificate for
 * signatures from the platform CA; 吊销 puts it on the published CRL. Enterprises cannot open the page.
 */
class DongleCertificatesIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void anAdministratorIssuesADongleCertificateAndRevokesIt() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair token = generator.generateKeyPair();
        StringWriter csr = csr(token, "CN=demoqy01,O=示范企业");
        // A subject in the platform's own names would pass for its seal on a forged PDF.
        StringWriter imitation = csr(token, "CN=内蒙古自治区建筑业信息管理平台 电子签章,O=内蒙古自治区 建筑业信息管理平台");

        browser.login("admin", "Demo2026");
        browser.click("管理控制台");
        browser.click("加密锁证书");
        browser.click("签发证书");
        assertEquals("请粘贴证书请求（CSR，PEM格式）", browser.messageFor("证书请求（CSR）"));
        browser.type("证书请求（CSR）", "not a request");
        browser.click("签发证书");
        assertTrue(browser.messageFor("证书请求（CSR）").startsWith("不是PEM格式的证书请求"));

        browser.fieldByLabel("证书请求（CSR）").clear();
        browser.js().executeScript("arguments[0].value = arguments[1];", browser.fieldByLabel("证书请求（CSR）"),
                imitation.toString());
        browser.click("签发证书");
        assertTrue(browser.messageFor("证书请求（CSR）").contains("证书请求的主题不能使用本平台的名称"),
                browser.allMessages());

        browser.fieldByLabel("证书请求（CSR）").clear();
        browser.js().executeScript("arguments[0].value = arguments[1];", browser.fieldByLabel("证书请求（CSR）"),
                csr.toString());
        browser.click("签发证书");
        assertTrue(browser.globalMessages().contains("证书已签发"), browser.allMessages());
        browser.screenshot("admin-dongle-issued");
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        X509Certificate cert = (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(
                browser.driver().findElement(By.id("issued")).getText().getBytes(StandardCharsets.US_ASCII)));
        X509Certificate ca = (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(
                browser.fetch("/dongle/ca.pem")));
        cert.verify(ca.getPublicKey());
        assertEquals(token.getPublic(), cert.getPublicKey());
        assertTrue(cert.getKeyUsage()[0], "for digital signatures");
        long serial = cert.getSerialNumber().longValue();
        assertEquals(1L, ((Number) Database.scalar("SELECT COUNT(*) FROM dongle_certificate WHERE serial_no = ?"
                + " AND revoked_at IS NULL", serial)).longValue());

        browser.clickInRow(String.valueOf(serial), "吊销");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("已吊销"), browser.allMessages());
        X509CRL crl = (X509CRL) x509.generateCRL(new ByteArrayInputStream(browser.fetch("/dongle/crl")));
        crl.verify(ca.getPublicKey());
        assertTrue(crl.isRevoked(cert), "the CRL lists the revoked certificate");
        browser.logout();

        browser.login("demoqy01", "Demo2026");
        browser.open("/admin/dongles.xhtml");
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "enterprises cannot issue certificates");
    }

    private static StringWriter csr(KeyPair token, String subject) throws Exception {
        StringWriter csr = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(csr)) {
            writer.writeObject(new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), token.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(token.getPrivate())));
        }
        return csr;
    }
}

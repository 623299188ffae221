package org.buildreg.dongle.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole life of a dongle certificate on a real SoftHSM2 token: enrol (key generated on the token, CSR),
 * issue by a CA, store with its chain, read back, sign a nonce and verify the CMS, survive an agent restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningFlowTest {

    private static final String ALIAS = "zhangsan";
    private static TestCa ca;
    private static DongleAgent agent;
    private static AgentClient page;
    private static X509Certificate issued;

    @BeforeAll
    static void start() throws Exception {
        ca = new TestCa("BuildReg 测试 CA");
        agent = DongleAgent.start(SoftHsm.options(SoftHsm.MAIN));
        page = new AgentClient(agent, SoftHsm.ORIGIN);
    }

    @AfterAll
    static void stop() {
        agent.close();
    }

    @Test
    @Order(1)
    void enrolGeneratesANonExtractableKeyOnTheTokenAndAnIssuedCertificateIsStoredWithItsChain() throws Exception {
        HttpResponse<String> enrolled = page.post("/enrol", "pin", SoftHsm.PIN, "alias", ALIAS,
                "subject", "CN=张三,O=某建筑公司,C=CN");
        assertEquals(200, enrolled.statusCode(), enrolled.body());
        Map<String, Object> enrolment = AgentClient.json(enrolled);
        assertEquals(ALIAS, enrolment.get("alias"));
        String csr = (String) enrolment.get("csr");
        assertTrue(csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"), csr);

        issued = ca.issue(csr);
        assertEquals(new X500Name("CN=张三,O=某建筑公司,C=CN"),
                X500Name.getInstance(issued.getSubjectX500Principal().getEncoded()));

        // Seen from another process: the key is a token object, sensitive and never extractable.
        String objects = SoftHsm.run("pkcs11-tool", "--module", AgentOptions.defaultLibrary().toString(),
                "--token-label", SoftHsm.MAIN, "--login", "--pin", SoftHsm.PIN, "--list-objects", "--type", "privkey");
        assertTrue(objects.contains("EC"), objects);
        assertTrue(objects.contains("sensitive") && objects.contains("never extractable"), objects);

        HttpResponse<String> stored = page.post("/store", "pin", SoftHsm.PIN, "alias", ALIAS,
                "certificate", TestCa.pem(issued, ca.certificate()));
        assertEquals(200, stored.statusCode(), stored.body());
        Map<String, Object> storedJson = AgentClient.json(stored);
        assertEquals(ALIAS, storedJson.get("alias"));
        assertEquals("CN=张三,O=某建筑公司,C=CN", storedJson.get("subject"));
        assertEquals(issued.getSerialNumber().toString(16), storedJson.get("serial"));
    }

    @Test
    @Order(2)
    void certificateReturnsTheStoredLeafAndChain() throws Exception {
        HttpResponse<String> response = page.post("/certificate", "pin", SoftHsm.PIN, "alias", ALIAS);
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = AgentClient.json(response);
        assertEquals(ALIAS, json.get("alias"));
        assertArrayEquals(issued.getEncoded(), Base64.getDecoder().decode((String) json.get("certificate")));
        List<?> chain = (List<?>) json.get("chain");
        assertEquals(1, chain.size(), "the CA certificate after the leaf");
        assertArrayEquals(ca.certificate().getEncoded(), Base64.getDecoder().decode((String) chain.get(0)));
    }

    @Test
    @Order(3)
    void signProducesACmsSignedDataOverTheNonceByTheTokenKey() throws Exception {
        assertSignatureVerifies(agent, "登录随机数-8f3a1c2e9b7d4f60a1b2c3d4e5f60718");
    }

    @Test
    @Order(4)
    void theKeyAndCertificateSurviveANewAgentInstance() throws Exception {
        agent.close();
        agent = DongleAgent.start(SoftHsm.options(SoftHsm.MAIN));
        page = new AgentClient(agent, SoftHsm.ORIGIN);
        assertSignatureVerifies(agent, "after-restart-0123456789abcdef");
    }

    @Test
    @Order(5)
    void enrollingAgainUnderAnIssuedAliasIsRefused() throws Exception {
        HttpResponse<String> response = page.post("/enrol", "pin", SoftHsm.PIN, "alias", ALIAS,
                "subject", "CN=张三,O=某建筑公司,C=CN");
        assertEquals(409, response.statusCode(), response.body());
        assertEquals("ALIAS_EXISTS", AgentClient.json(response).get("code"));
        assertEquals("加密锁中已有该名称的证书", AgentClient.json(response).get("error"));
        // The issued certificate is still there.
        HttpResponse<String> certificate = page.post("/certificate", "pin", SoftHsm.PIN, "alias", ALIAS);
        assertArrayEquals(issued.getEncoded(),
                Base64.getDecoder().decode((String) AgentClient.json(certificate).get("certificate")));
    }

    @Test
    @Order(6)
    void aCertificateForAnotherKeyIsRefused() throws Exception {
        HttpResponse<String> enrolled = page.post("/enrol", "pin", SoftHsm.PIN, "alias", "lisi",
                "subject", "CN=李四,O=某建筑公司,C=CN");
        assertEquals(200, enrolled.statusCode(), enrolled.body());
        X509Certificate foreign = ca.issue(new X500Name("CN=李四,O=某建筑公司,C=CN"), TestCa.ecKeys().getPublic());
        HttpResponse<String> response = page.post("/store", "pin", SoftHsm.PIN, "alias", "lisi",
                "certificate", TestCa.pem(foreign, ca.certificate()));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("KEY_MISMATCH", AgentClient.json(response).get("code"));
        assertEquals("证书与加密锁中的密钥不匹配", AgentClient.json(response).get("error"));
        // Nor may zhangsan's certificate go under lisi's key.
        HttpResponse<String> swapped = page.post("/store", "pin", SoftHsm.PIN, "alias", "lisi",
                "certificate", TestCa.pem(issued));
        assertEquals("KEY_MISMATCH", AgentClient.json(swapped).get("code"));
    }

    @Test
    @Order(7)
    void aPlaceholderAliasMayBeEnrolledAgainAndThenStored() throws Exception {
        HttpResponse<String> again = page.post("/enrol", "pin", SoftHsm.PIN, "alias", "lisi",
                "subject", "CN=李四,O=某建筑公司,C=CN");
        assertEquals(200, again.statusCode(), again.body());
        X509Certificate lisi = ca.issue((String) AgentClient.json(again).get("csr"));
        HttpResponse<String> stored = page.post("/store", "pin", SoftHsm.PIN, "alias", "lisi",
                "certificate", TestCa.pem(lisi, ca.certificate()));
        assertEquals(200, stored.statusCode(), stored.body());
    }

    @Test
    @Order(8)
    void aWrongPinIsRefusedEvenRightAfterACorrectOne() throws Exception {
        assertEquals(200, page.post("/certificate", "pin", SoftHsm.PIN, "alias", ALIAS).statusCode());
        HttpResponse<String> response = page.post("/sign", "pin", "654321", "alias", ALIAS, "nonce", "abc");
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(Map.of("code", "PIN_INCORRECT", "error", "加密锁口令错误"), AgentClient.json(response));
        assertEquals(200, page.post("/certificate", "pin", SoftHsm.PIN, "alias", ALIAS).statusCode());
    }

    @Test
    @Order(9)
    void badRequestsAreRefusedWithACode() throws Exception {
        HttpResponse<String> noPin = page.post("/sign", "alias", ALIAS, "nonce", "abc");
        assertEquals(400, noPin.statusCode());
        assertEquals(Map.of("code", "PIN_REQUIRED", "error", "请输入加密锁口令"), AgentClient.json(noPin));

        HttpResponse<String> emptyNonce = page.post("/sign", "pin", SoftHsm.PIN, "alias", ALIAS, "nonce", "");
        assertEquals(400, emptyNonce.statusCode());
        assertEquals("BAD_REQUEST", AgentClient.json(emptyNonce).get("code"));
        HttpResponse<String> longNonce = page.post("/sign", "pin", SoftHsm.PIN, "alias", ALIAS, "nonce", "n".repeat(513));
        assertEquals(400, longNonce.statusCode());
        assertEquals(200, page.post("/sign", "pin", SoftHsm.PIN, "alias", ALIAS, "nonce", "n".repeat(512)).statusCode());

        HttpResponse<String> malformed = page.postRaw("/sign", "{\"pin\": \"123456\", ");
        assertEquals(400, malformed.statusCode());
        assertEquals("BAD_REQUEST", AgentClient.json(malformed).get("code"));

        HttpResponse<String> badAlias = page.post("/enrol", "pin", SoftHsm.PIN, "alias", "张三", "subject", "CN=x");
        assertEquals(400, badAlias.statusCode());
        HttpResponse<String> badSubject = page.post("/enrol", "pin", SoftHsm.PIN, "alias", "x1", "subject", "not a name");
        assertEquals(400, badSubject.statusCode());
        HttpResponse<String> badPem = page.post("/store", "pin", SoftHsm.PIN, "alias", ALIAS, "certificate", "xyz");
        assertEquals(400, badPem.statusCode());

        HttpResponse<String> unknown = page.post("/delete", "pin", SoftHsm.PIN);
        assertEquals(404, unknown.statusCode());
        assertEquals("NOT_FOUND", AgentClient.json(unknown).get("code"));
    }

    /** Verifies /sign's answer as the platform will: signature, content, digest, signer = stored certificate. */
    private static void assertSignatureVerifies(DongleAgent agent, String nonce) throws Exception {
        HttpResponse<String> response = new AgentClient(agent, SoftHsm.ORIGIN).post("/sign", "pin", SoftHsm.PIN,
                "alias", ALIAS, "nonce", nonce);
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = AgentClient.json(response);
        assertEquals(ALIAS, json.get("alias"));
        byte[] der = Base64.getDecoder().decode((String) json.get("signature"));
        assertArrayEquals(ASN1Primitive.fromByteArray(der).getEncoded(ASN1Encoding.DER), der, "DER, not BER");
        CMSSignedData cms = new CMSSignedData(der);
        assertArrayEquals(nonce.getBytes(StandardCharsets.UTF_8), (byte[]) cms.getSignedContent().getContent());
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertEquals(1, cms.getSignerInfos().size());
        assertEquals(NISTObjectIdentifiers.id_sha256.getId(), signer.getDigestAlgOID());
        assertNotNull(signer.getSignedAttributes().get(CMSAttributes.messageDigest));
        assertNotNull(signer.getSignedAttributes().get(CMSAttributes.contentType));
        @SuppressWarnings("unchecked")
        X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        X509Certificate signerCertificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        assertEquals(issued, signerCertificate);
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signerCertificate)));
        assertEquals(2, cms.getCertificates().getMatches(null).size(), "signer certificate and CA certificate");
    }
}

package org.buildreg.dongle;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * {@code bin/bench verify [seconds] [revoked]}: dongle login verifications per second on the server — the whole
 * check a login makes ({@link DongleVerifier}: CMS parse and signature, certificate against the CA, dates, key usage,
 * the CRL with {@code revoked} entries, PKIX) — against the baseline of a bare ECDSA P-256 signature verification of
 * the same nonce with the same provider (and, for reference, the JDK's), measured in the same run after a warm-up as long as the measurement; the ratio says what the
 * checks around the signature cost. Rates per CPU second of the measuring thread as well as per wall second (other
 * load on the machine disturbs the former less). Not a test: timings depend on the machine.
 */
public final class VerifyBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private VerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int revokedCount = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Instant now = Instant.now();
        PlatformCa ca = PlatformCa.create("BuildReg 加密锁 CA", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair token = generator.generateKeyPair();
        X509Certificate certificate = ca.issue(new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=demoqy01,C=CN"),
                token.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(token.getPrivate())),
                BigInteger.valueOf(1_000_000), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(700)));
        Map<BigInteger, Instant> revoked = new LinkedHashMap<>();
        for (int i = 0; i < revokedCount; i++) {
            revoked.put(BigInteger.valueOf(1001 + i), now.minus(Duration.ofHours(1)));
        }
        X509CRL crl = ca.crl(revoked, BigInteger.ONE, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)));
        String nonce = "Xb7Q2mN9vR4kT1sW8yZ3aC6eF0hJ5lP_qU-dG2iK4oE";
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.UTF_8);
        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(token.getPrivate()), certificate));
        cms.addCertificates(new JcaCertStore(List.of(certificate)));
        byte[] signed = cms.generate(new CMSProcessableByteArray(nonceBytes), true).getEncoded();
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(token.getPrivate());
        signer.update(nonceBytes);
        byte[] bare = signer.sign();
        DongleVerifier verifier = new DongleVerifier(ca.certificate());

        // The baseline verifies with the provider the login's checks use (BouncyCastle); the JDK's own is shown too.
        BooleanSupplier baseline = () -> {
            try {
                Signature s = Signature.getInstance("SHA256withECDSA", DongleVerifier.BC);
                s.initVerify(token.getPublic());
                s.update(nonceBytes);
                return s.verify(bare);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        BooleanSupplier jdk = () -> {
            try {
                Signature s = Signature.getInstance("SHA256withECDSA");
                s.initVerify(token.getPublic());
                s.update(nonceBytes);
                return s.verify(bare);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        BooleanSupplier login = () -> {
            try {
                return verifier.verify(signed, nonce, crl, Instant.now()) != null;
            } catch (DongleRefusal e) {
                throw new IllegalStateException(e);
            }
        };
        System.out.printf(Locale.ROOT, "Warming up for %.0f s each ...%n", seconds);
        measure(baseline, seconds);
        measure(jdk, seconds);
        measure(login, seconds);
        double[] base = measure(baseline, seconds);
        double[] plain = measure(jdk, seconds);
        double[] full = measure(login, seconds);
        System.out.printf(Locale.ROOT, "%nbare ECDSA P-256 verification (BouncyCastle): %,10.0f /s (%,10.0f per CPU second)%n",
                base[0], base[1]);
        System.out.printf(Locale.ROOT, "bare ECDSA P-256 verification (JDK SunEC):    %,10.0f /s (%,10.0f per CPU second)%n",
                plain[0], plain[1]);
        System.out.printf(Locale.ROOT, "dongle login verification:                    %,10.0f /s (%,10.0f per CPU second)"
                + "  — CMS + certificate + CRL (%d revoked) + PKIX%n", full[0], full[1], revokedCount);
        System.out.printf(Locale.ROOT, "ratio (login / bare BouncyCastle): %.2f by wall clock, %.2f by CPU time%n",
                full[0] / base[0], full[1] / base[1]);
    }

    /** Runs {@code check} for {@code seconds}: checks per wall second and per CPU second of this thread. */
    private static double[] measure(BooleanSupplier check, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long n = 0;
        while (System.nanoTime() < deadline) {
            if (!check.getAsBoolean()) {
                throw new IllegalStateException("a verification failed");
            }
            n++;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new double[] {n / wall, n / cpu};
    }
}

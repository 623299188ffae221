package org.buildreg.dongle.agent;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/**
 * Enrolment on a token outside the HTTP agent, for the platform's demo mode, which puts a dongle for every demo
 * account on one software token: the same steps the agent takes for 生成证书请求 and 写入加密锁, logged in with the
 * PIN once for the whole batch. The JVM needs {@code --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper}
 * to find the token by its label.
 */
public final class TokenEnrolment implements AutoCloseable {

    private final DongleSession session;

    private TokenEnrolment(DongleSession session) {
        this.session = session;
    }

    /** Logs in to the token labelled {@code label}; refused when it is absent or the PIN is wrong. */
    public static TokenEnrolment open(Path library, String label, char[] pin) throws Exception {
        LabelledToken token = new LabelledToken(library, label);
        try {
            return new TokenEnrolment(DongleSession.open(token.provider(), pin));
        } finally {
            DongleSession.wipe(pin);
        }
    }

    /** A key pair made on the token under {@code alias} and its CSR (PEM); an earlier entry of that name goes. */
    public String enrol(String alias, String subject) throws GeneralSecurityException, java.io.IOException {
        session.delete(alias);
        return session.enrol(alias, subject).csrPem();
    }

    /** Stores the issued certificate and its chain (PEM, leaf first) with the key of {@code alias}. */
    public X509Certificate store(String alias, String pemChain) throws GeneralSecurityException {
        return session.store(alias, pemChain);
    }

    @Override
    public void close() {
        session.close();
    }
}

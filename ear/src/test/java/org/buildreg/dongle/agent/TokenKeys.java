package org.buildreg.dongle.agent;

import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.testsupport.Dongles;

/**
 * A demo account's key and certificate on the browser tests' SoftHSM2 token, for what an attacker holding a dongle
 * does outside the platform's pages (sign a PDF of their own). In the agent's package to find the token by label as
 * the agent does; its provider is registered in this JVM so that a signing library can use the token's key.
 */
public final class TokenKeys {

    /** The private key (on the token) and the certificate chain stored with it. */
    public record Entry(PrivateKey key, List<X509Certificate> chain) {
    }

    private TokenKeys() {
    }

    public static Entry of(String alias) throws Exception {
        LabelledToken token = new LabelledToken(Path.of("/usr/lib/softhsm/libsofthsm2.so"), Dongles.TOKEN);
        // By reflection: provider() declares the JDK's internal PKCS11Exception, which this module does not compile
        // against (only the test JVM opens the package).
        AuthProvider provider = (AuthProvider) LabelledToken.class.getDeclaredMethod("provider").invoke(token);
        if (Security.getProvider(provider.getName()) == null) {
            Security.addProvider(provider);
        }
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, Dongles.PIN.toCharArray());
        List<X509Certificate> chain = new ArrayList<>();
        for (java.security.cert.Certificate c : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) c);
        }
        return new Entry((PrivateKey) store.getKey(alias, null), chain);
    }
}

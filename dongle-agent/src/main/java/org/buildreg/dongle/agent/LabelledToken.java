package org.buildreg.dongle.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.Provider;
import java.security.Security;
import java.util.Optional;
import sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS;
import sun.security.pkcs11.wrapper.CK_TOKEN_INFO;
import sun.security.pkcs11.wrapper.PKCS11;
import sun.security.pkcs11.wrapper.PKCS11Constants;
import sun.security.pkcs11.wrapper.PKCS11Exception;

/**
 * The token the agent is configured for, found by its label each time it is asked for: a dongle may have been
 * unplugged, replugged into another port, or replaced since the last request, and SoftHSM2 gives an initialised
 * token a new slot id. The SunPKCS11 provider for it is kept while the same token (slot id and serial number)
 * stays in the same slot, and made afresh otherwise.
 *
 * <p>SunPKCS11's {@code slotListIndex} indexes {@code C_GetSlotList(false)} (all slots, with or without a
 * token: see the JDK's {@code SunPKCS11} constructor), so the index is looked up in that same list here.
 * Not thread-safe: the agent calls it under its token lock.
 */
final class LabelledToken {

    private final Path library;
    private final String label;
    private PKCS11 pkcs11;
    private Slot cachedSlot;
    private AuthProvider cachedProvider;

    LabelledToken(Path library, String label) {
        this.library = library;
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean present() throws PKCS11Exception, IOException {
        return find().isPresent();
    }

    /** The provider for the token with the label, or {@link AgentException#tokenAbsent()}. */
    AuthProvider provider() throws PKCS11Exception, IOException {
        Slot slot = find().orElseThrow(AgentException::tokenAbsent);
        if (!slot.equals(cachedSlot)) {
            cachedProvider = configure(slot.index());
            cachedSlot = slot;
        }
        return cachedProvider;
    }

    /** Drops the provider after a failure, in case the token behind it went away mid-operation. */
    void forget() {
        cachedSlot = null;
        cachedProvider = null;
    }

    private Optional<Slot> find() throws PKCS11Exception, IOException {
        PKCS11 p11 = wrapper();
        long[] slots = p11.C_GetSlotList(false);
        for (int index = 0; index < slots.length; index++) {
            CK_TOKEN_INFO info;
            try {
                info = p11.C_GetTokenInfo(slots[index]);
            } catch (PKCS11Exception noTokenInSlot) {
                continue;
            }
            boolean initialised = (info.flags & PKCS11Constants.CKF_TOKEN_INITIALIZED) != 0;
            if (initialised && new String(info.label).trim().equals(label)) {
                return Optional.of(new Slot(index, slots[index], new String(info.serialNumber).trim()));
            }
        }
        return Optional.empty();
    }

    /**
     * The wrapper is one per library in the JVM (the JDK caches it by path and SunPKCS11 shares it), initialised
     * with OS locking as SunPKCS11 would, so whichever of the two comes first the library is set up the same way.
     */
    private PKCS11 wrapper() throws PKCS11Exception, IOException {
        if (pkcs11 == null) {
            CK_C_INITIALIZE_ARGS args = new CK_C_INITIALIZE_ARGS();
            args.flags = PKCS11Constants.CKF_OS_LOCKING_OK;
            pkcs11 = PKCS11.getInstance(library.toString(), "C_GetFunctionList", args, false);
        }
        return pkcs11;
    }

    /**
     * Private keys generated on the token are token objects (they outlive the session), sensitive and never
     * extractable: the dongle's key must not leave it. The public half stays a session object: the certificate
     * stored with the key carries it, and SunPKCS11's keystore would leave a token public key behind, unlinked.
     */
    private AuthProvider configure(int slotListIndex) {
        String config = String.join("\n",
                "name = BuildRegDongle",
                "library = \"" + library + "\"",
                "slotListIndex = " + slotListIndex,
                "attributes(generate, *, *) = {",
                "  CKA_TOKEN = true",
                "}",
                "attributes(generate, CKO_PUBLIC_KEY, *) = {",
                "  CKA_TOKEN = false",
                "}",
                "attributes(generate, CKO_PRIVATE_KEY, *) = {",
                "  CKA_PRIVATE = true",
                "  CKA_SENSITIVE = true",
                "  CKA_EXTRACTABLE = false",
                "}");
        Provider base = Security.getProvider("SunPKCS11");
        return (AuthProvider) base.configure("--" + config);
    }

    /** Where the token was found; the serial number tells a replaced dongle with the same label apart. */
    private record Slot(int index, long id, String serial) {
    }
}

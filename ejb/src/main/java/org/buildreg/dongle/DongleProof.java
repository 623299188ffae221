package org.buildreg.dongle;

/**
 * What a browser brings to prove it holds a dongle: the nonce the server issued to this session and the token's
 * CMS signature (DER) over it.
 */
public record DongleProof(String nonce, byte[] signature) {

    public boolean isMissing() {
        return nonce == null || nonce.isBlank() || signature == null || signature.length == 0;
    }
}

package org.buildreg.web.auth;

import jakarta.security.enterprise.credential.Credential;
import org.buildreg.dongle.DongleProof;

/** What the login page sends: name, password, and the dongle's signature over this session's nonce. */
public record DongleCredential(String username, String password, DongleProof proof) implements Credential {
}

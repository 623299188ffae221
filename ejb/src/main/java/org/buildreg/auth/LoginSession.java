package org.buildreg.auth;

import jakarta.enterprise.context.RequestScoped;
import org.buildreg.account.Account;

/**
 * What the current request's login session says of itself: the credential version it logged in with (the web tier
 * fills it in from the HTTP session), and whether {@link Callers} has already found it live in this request.
 */
@RequestScoped
public class LoginSession {

    private Integer credentialVersion;
    private Long liveAccount;

    public Integer credentialVersion() {
        return credentialVersion;
    }

    public void setCredentialVersion(Integer credentialVersion) {
        this.credentialVersion = credentialVersion;
    }

    boolean isLive(Account account) {
        return account.getId().equals(liveAccount);
    }

    void live(Account account) {
        liveAccount = account.getId();
    }
}

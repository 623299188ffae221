package org.buildreg.auth;

import java.io.Serializable;
import java.util.Set;

/** The outcome of a password check: the account's groups on success, a Chinese reason otherwise. */
public record LoginResult(Outcome outcome, String username, Set<String> groups, boolean mustChangePassword,
                          int credentialVersion, String message) implements Serializable {

    public enum Outcome { SUCCESS, REFUSED }

    /** {@code credentialVersion}: the password's version this session logs in with (see {@code Callers}). */
    public static LoginResult success(String username, Set<String> groups, boolean mustChangePassword,
            int credentialVersion) {
        return new LoginResult(Outcome.SUCCESS, username, groups, mustChangePassword, credentialVersion, null);
    }

    public static LoginResult refused(String message) {
        return new LoginResult(Outcome.REFUSED, null, Set.of(), false, 0, message);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}

package org.buildreg.auth;

import java.io.Serializable;
import java.util.Set;

/** The outcome of a password check: the account's groups on success, a Chinese reason otherwise. */
public record LoginResult(Outcome outcome, String username, Set<String> groups, boolean mustChangePassword,
                          String message) implements Serializable {

    public enum Outcome { SUCCESS, REFUSED }

    public static LoginResult success(String username, Set<String> groups, boolean mustChangePassword) {
        return new LoginResult(Outcome.SUCCESS, username, groups, mustChangePassword, null);
    }

    public static LoginResult refused(String message) {
        return new LoginResult(Outcome.REFUSED, null, Set.of(), false, message);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}

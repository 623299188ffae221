package org.buildreg.web.auth;

import jakarta.enterprise.context.RequestScoped;
import org.buildreg.auth.LoginResult;

/** The outcome of this request's login attempt, from the identity store to the login page. */
@RequestScoped
public class LoginAttempt {

    private LoginResult result;

    void record(LoginResult result) {
        this.result = result;
    }

    public LoginResult result() {
        return result;
    }
}

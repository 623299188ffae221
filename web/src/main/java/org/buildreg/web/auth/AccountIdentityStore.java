package org.buildreg.web.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.buildreg.auth.LoginResult;
import org.buildreg.auth.LoginService;

/**
 * Validates a login through {@link LoginService} (lockout, audit, MD5 upgrade live there) and leaves the
 * outcome in {@link LoginAttempt} so that the login page can say why a login was refused.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private LoginService logins;
    @Inject
    private LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = logins.authenticate(password.getCaller(), password.getPasswordAsString());
        attempt.record(result);
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}

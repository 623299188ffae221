package org.buildreg.web.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.buildreg.auth.LoginResult;
import org.buildreg.auth.LoginService;

/**
 * Validates a login (dongle + password) through {@link LoginService} (lockout, audit, MD5 upgrade live there) and leaves the
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
        // Only a credential that carries a dongle proof: there is no password-only way in.
        if (!(credential instanceof DongleCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = logins.authenticate(login.username(), login.password(), login.proof());
        attempt.record(result);
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}

package org.buildreg.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Servlets;

/**
 * 登录 through our own page: the login bean hands a {@link DongleCredential} to {@code SecurityContext.authenticate},
 * the identity store checks it, and the session keeps the login ({@link AutoApplySession}). A visitor at a protected
 * address is sent to the login page, and nothing is kept for them: unlike the standard form mechanisms, no session
 * holds the request they asked for (anonymous requests must not fill the heap; after login the user lands on
 * 个人中心 anyway).
 */
@ApplicationScoped
@AutoApplySession
public class DongleLoginMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups())
                    : AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected()) {
            Servlets.facesRedirect(request, response, request.getContextPath() + "/login.xhtml");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }
}

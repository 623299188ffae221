package org.buildreg.web.auth;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own Faces page: the login bean calls {@code SecurityContext.authenticate}, the
 * {@link AccountIdentityStore} checks the account, and the container keeps the authenticated session.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false,
                errorPage = ""))
@DeclareRoles({"ENTERPRISE_MAIN", "ENTERPRISE_SUB", "CITY_REVIEWER", "PROVINCE_REVIEWER", "ADMIN",
        "BATCH_OPERATOR", "ENTERPRISE", "MODULE_CONSTRUCTOR", "MODULE_SAFETY_STAFF", "MODULE_QUALIFICATION",
        "MODULE_SAFETY_LICENCE", "MODULE_ENTERPRISE"})
public class SecurityConfiguration {
}

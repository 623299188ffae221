package org.buildreg.web.auth;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The security roles of the web tier (the login itself is {@link DongleLoginMechanism}). */
@ApplicationScoped
@DeclareRoles({"ENTERPRISE_MAIN", "ENTERPRISE_SUB", "CITY_REVIEWER", "PROVINCE_REVIEWER", "ADMIN",
        "BATCH_OPERATOR", "ENTERPRISE", "MODULE_CONSTRUCTOR", "MODULE_SAFETY_STAFF", "MODULE_QUALIFICATION",
        "MODULE_SAFETY_LICENCE", "MODULE_ENTERPRISE"})
public class SecurityConfiguration {
}

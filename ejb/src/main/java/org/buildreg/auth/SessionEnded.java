package org.buildreg.auth;

import jakarta.ejb.ApplicationException;

/**
 * The caller's login no longer holds: the account was locked or disabled, its dongle unbound, or its password changed
 * since this session logged in. The web tier ends the session and sends the user to log in again.
 */
@ApplicationException(rollback = true)
public class SessionEnded extends AccessDenied {

    private static final long serialVersionUID = 1L;

    public SessionEnded(String reason) {
        super("您的登录已失效（" + reason + "），请重新登录");
    }
}

package org.buildreg.auth;

import jakarta.ejb.ApplicationException;

/** The caller may not touch that object (another enterprise's, another 盟市's, or a module not granted). */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(message);
    }
}

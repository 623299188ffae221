package org.buildreg.auth;

import jakarta.enterprise.context.RequestScoped;

/** The address the current request came from; the web tier fills it in, the audit log reads it. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}

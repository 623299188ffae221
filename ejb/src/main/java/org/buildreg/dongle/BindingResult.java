package org.buildreg.dongle;

import java.io.Serializable;

/**
 * The outcome of 绑定加密锁 once the dongle was asked to sign: a refusal here still keeps what happened (the nonce
 * used up, a wrong password counted towards the lockout), so it is a result, not a rolled-back exception.
 */
public record BindingResult(boolean bound, String message) implements Serializable {

    public static BindingResult bound(String message) {
        return new BindingResult(true, message);
    }

    public static BindingResult refused(String message) {
        return new BindingResult(false, message);
    }
}

package org.buildreg.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;

/**
 * The platform's throttles, one per thing that can be guessed or flooded, apart from the login lockout (which guards
 * an account and must not become a way to lock others out).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Throttles {

    /** 绑定加密锁 tries per dongle certificate: enough for typing mistakes, too few to guess passwords. */
    public static final int BIND_PER_DONGLE = 10;
    /** 绑定加密锁 tries per source address (an office behind one address binds its staff's dongles). */
    public static final int BIND_PER_ADDRESS = 60;
    /** Login nonces per source address in five minutes: an office's morning logins behind one address, not a flood. */
    public static final int NONCES_PER_ADDRESS = 600;
    /** 新企业注册 and 找回账号 submissions per source address in an hour (each asks the database what is registered). */
    public static final int PUBLIC_FORMS_PER_ADDRESS = 30;
    /** What a throttled public form says. */
    public static final String TOO_OFTEN = "提交过于频繁，请一小时后再试";
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int KEYS = 100_000;

    private final Throttle bindByDongle = new Throttle(BIND_PER_DONGLE, WINDOW, KEYS);
    private final Throttle bindByAddress = new Throttle(BIND_PER_ADDRESS, WINDOW, KEYS);
    private final Throttle nonceByAddress = new Throttle(NONCES_PER_ADDRESS, Duration.ofMinutes(5), KEYS);

    private final Throttle registrationByAddress = new Throttle(PUBLIC_FORMS_PER_ADDRESS, Duration.ofHours(1), KEYS);
    private final Throttle resetRequestByAddress = new Throttle(PUBLIC_FORMS_PER_ADDRESS, Duration.ofHours(1), KEYS);

    public boolean registrationFromAddress(String address) {
        return registrationByAddress.tryAcquire(address);
    }

    public boolean resetRequestFromAddress(String address) {
        return resetRequestByAddress.tryAcquire(address);
    }

    /** Wrong old passwords on 修改密码 per account (a stolen session must not guess the password it lacks). */
    public static final int WRONG_OLD_PASSWORDS = 5;
    private final Throttle wrongOldPassword = new Throttle(WRONG_OLD_PASSWORDS, WINDOW, KEYS);

    public Throttle wrongOldPasswords() {
        return wrongOldPassword;
    }

    /** POST /dongle/nonce: each one is a database row, and anyone may ask. */
    public boolean nonceFromAddress(String address) {
        return nonceByAddress.tryAcquire(address);
    }

    public boolean bindFromAddress(String address) {
        return bindByAddress.tryAcquire(address);
    }

    public boolean bindWithDongle(String issuerAndSerial) {
        return bindByDongle.tryAcquire(issuerAndSerial);
    }
}

package org.buildreg.dongle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import org.buildreg.dongle.DongleRefusal.Reason;

/**
 * The nonces a dongle signs to log in or to bind: 256 random bits, valid for two minutes, usable once. They live in
 * the database (not in one server's memory) so that "once" holds on every node: using one deletes its row, and only
 * the transaction that deleted it may go on.
 */
@Stateless
@PermitAll
public class LoginNonces {

    public static final Duration VALIDITY = Duration.ofMinutes(2);
    private static final Duration KEPT = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    public String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = LocalDateTime.now();
        // Nonces nobody used are swept here once well past their two minutes (long enough to still tell the user
        // "超时" rather than "已失效"): anyone may ask for nonces, so the table must not grow with the asking.
        em.createNativeQuery("DELETE FROM login_nonce WHERE issued_at < ?").setParameter(1, now.minus(KEPT))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO login_nonce (nonce, issued_at) VALUES (?, ?)").setParameter(1, nonce)
                .setParameter(2, now).executeUpdate();
        return nonce;
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    /** Uses up {@code nonce}: refused when it was never issued, already used, or older than two minutes. */
    public void use(String nonce) throws DongleRefusal {
        if (nonce == null || nonce.isBlank()) {
            throw new DongleRefusal(Reason.MISSING, "no nonce in this session");
        }
        Object issued = em.createNativeQuery("SELECT issued_at FROM login_nonce WHERE nonce = ?")
                .setParameter(1, nonce).getResultStream().findFirst().orElse(null);
        LocalDateTime issuedAt = issued == null ? null : localDateTime(issued);
        int deleted = em.createNativeQuery("DELETE FROM login_nonce WHERE nonce = ?").setParameter(1, nonce)
                .executeUpdate();
        if (issuedAt == null || deleted != 1) {
            throw new DongleRefusal(Reason.NONCE_USED);
        }
        if (!isFresh(issuedAt, LocalDateTime.now())) {
            throw new DongleRefusal(Reason.NONCE_EXPIRED);
        }
    }

    /** A nonce counts for two minutes after it was issued, the second minute included. */
    static boolean isFresh(LocalDateTime issuedAt, LocalDateTime now) {
        return !issuedAt.plus(VALIDITY).isBefore(now);
    }
}

package org.buildreg.platform;

import jakarta.persistence.EntityManager;

/** The next number of a database sequence (申报单号, 注册编号, 证书编号, dongle serials): one portable statement. */
public final class Sequences {

    private Sequences() {
    }

    /** {@code sequence} is a name from the migrations, never user input. */
    public static long next(EntityManager em, String sequence) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return ((Number) em.createNativeQuery("SELECT " + sequence + ".NEXTVAL FROM DUAL").getSingleResult())
                .longValue();
    }
}

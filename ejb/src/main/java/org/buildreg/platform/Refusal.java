package org.buildreg.platform;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the rules refuse, with one Chinese message per offending field (the page shows each message
 * beside its field) or one for the whole form. Rolls the transaction back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** The key of a message that belongs to no single field. */
    public static final String FORM = "";

    private final Map<String, String> messages;

    public Refusal(Map<String, String> messages) {
        super(String.join("; ", messages.values()));
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    public static Refusal of(String message) {
        return new Refusal(Map.of(FORM, message));
    }

    public static Refusal onField(String field, String message) {
        return new Refusal(Map.of(field, message));
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> messages() {
        return messages;
    }

    /** Collects messages field by field and throws once, so the user sees every fault at once. */
    public static final class Collector {
        private final Map<String, String> messages = new LinkedHashMap<>();

        public Collector reject(String field, String message) {
            messages.putIfAbsent(field, message);
            return this;
        }

        public boolean hasErrorOn(String field) {
            return messages.containsKey(field);
        }

        /** What {@link #throwIfAny()} would carry; empty when it would not throw. */
        public Map<String, String> messages() {
            return Map.copyOf(messages);
        }

        public void throwIfAny() {
            if (!messages.isEmpty()) {
                throw new Refusal(messages);
            }
        }
    }
}

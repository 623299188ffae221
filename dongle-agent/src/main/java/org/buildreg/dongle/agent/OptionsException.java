package org.buildreg.dongle.agent;

/** A command line or options value the agent cannot run with; the message is for the user (Chinese). */
public final class OptionsException extends IllegalArgumentException {

    public OptionsException(String message) {
        super(message);
    }
}

package org.cctrainer.backend.console;

/**
 * A command the console will not carry out, with the protocol's error code ({@code bad-command},
 * {@code unknown-action}, {@code refused}, {@code wrong-state}) and a sentence naming what was wrong.
 */
public final class CommandRefusal extends Exception {
    private final String code;

    public CommandRefusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

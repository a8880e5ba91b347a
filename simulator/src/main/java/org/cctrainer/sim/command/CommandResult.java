package org.cctrainer.sim.command;

/** What became of a command: applied (with a one-line account of the effect) or rejected with the reason. */
public record CommandResult(boolean accepted, String message) {

    public static CommandResult applied(String effect) {
        return new CommandResult(true, effect);
    }

    public static CommandResult rejected(String reason) {
        return new CommandResult(false, reason);
    }
}

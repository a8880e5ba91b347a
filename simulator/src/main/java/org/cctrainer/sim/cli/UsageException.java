package org.cctrainer.sim.cli;

/** Bad command-line input: the message is the one line the user sees. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}

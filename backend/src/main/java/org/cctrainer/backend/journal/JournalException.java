package org.cctrainer.backend.journal;

/** The journal's database could not be opened or read (writes never throw: they queue and retry). */
public class JournalException extends RuntimeException {
    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}

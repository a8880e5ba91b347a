package org.cctrainer.backend.journal;

/** Waits between retries of a failing database: 0.5 s, doubling up to 10 s; back to 0.5 s after a success. */
final class Backoff {
    static final long FIRST_MILLIS = 500;
    static final long MAX_MILLIS = 10_000;

    private long next = FIRST_MILLIS;

    /** The wait before the next retry; each call doubles the one after. */
    long nextMillis() {
        long wait = next;
        next = Math.min(next * 2, MAX_MILLIS);
        return wait;
    }

    void reset() {
        next = FIRST_MILLIS;
    }
}

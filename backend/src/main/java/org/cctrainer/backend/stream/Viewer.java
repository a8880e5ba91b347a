package org.cctrainer.backend.stream;

import io.vertx.core.http.ServerWebSocket;

/**
 * One connected client of an exercise. It receives nothing until its snapshot is written, then
 * only messages newer than that snapshot, so it never sees a message twice or out of order.
 */
final class Viewer {
    final ServerWebSocket socket;
    /** trainee (may send commands), trainer (also sees the live score) or observer (read-only). */
    final String role;
    /** Names the credential (never the secret) for rate limits. */
    final String subject;
    boolean ready;
    /** Messages with a seq up to this one are already reflected in what the viewer has. */
    long floorSeq;
    long lastSeq;
    double lastT;
    /** Ticks skipped in a row because the client's write queue was full. */
    int consecutiveSkips;
    boolean closed;

    Viewer(ServerWebSocket socket, String role, String subject) {
        this.socket = socket;
        this.role = role;
        this.subject = subject;
    }
}

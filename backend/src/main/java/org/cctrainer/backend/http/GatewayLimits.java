package org.cctrainer.backend.http;

/** Size limits at the trainer's edge: what a client may send, and how much the server buffers for it. */
public final class GatewayLimits {
    /** Request bodies are small JSON objects; anything bigger is refused with 413. */
    public static final long MAX_BODY_BYTES = 16 * 1024;
    /** Client messages are small JSON commands; a bigger one closes the socket with 1009. */
    public static final int MAX_FRAME_BYTES = 16 * 1024;
    /** Room for several ticks and a snapshot; plenty for 4 ticks a second even over a slow link. */
    public static final int SEND_BUFFER_BYTES = 64 * 1024;

    private GatewayLimits() {
    }
}

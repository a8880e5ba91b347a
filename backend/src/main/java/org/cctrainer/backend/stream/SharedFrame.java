package org.cctrainer.backend.stream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.websocket.WebSocketFrameImpl;
import io.vertx.core.internal.buffer.BufferInternal;

/**
 * One encoded message sent as a text frame to many sockets without re-encoding or copying it:
 * each socket gets a duplicate (its own read position over the same bytes). The public
 * WebSocket API only makes text frames from a String, which would be UTF-8-encoded again for
 * every client; this uses Vert.x's frame implementation directly, the one internal class the
 * trainer depends on.
 */
final class SharedFrame {
    private final ByteBuf bytes;

    SharedFrame(Buffer encoded) {
        this.bytes = Unpooled.unreleasableBuffer(((BufferInternal) encoded).getByteBuf());
    }

    WebSocketFrame frame() {
        return new WebSocketFrameImpl(WebSocketFrameType.TEXT, bytes.duplicate(), true);
    }

    int size() {
        return bytes.readableBytes();
    }
}

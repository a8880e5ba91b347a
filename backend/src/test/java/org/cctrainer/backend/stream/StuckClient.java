package org.cctrainer.backend.stream;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The worst viewer: a raw socket that completes the WebSocket handshake and then never reads
 * another byte, with a tiny receive window, like a laptop whose lid was closed mid-stream.
 */
final class StuckClient implements AutoCloseable {
    private final Socket socket = new Socket();

    /** {@code uri} is the stream's path with its credential (see RunningTrainer.streamUri). */
    StuckClient(int port, String uri) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        String key = Base64.getEncoder().encodeToString("stuck-client-key".getBytes(StandardCharsets.US_ASCII));
        String request = "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        readStatusLine();
    }

    /** Reads just enough to see the 101; everything after stays unread. */
    private void readStatusLine() throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        if (!line.toString().contains("101")) {
            throw new IOException("handshake refused: " + line);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

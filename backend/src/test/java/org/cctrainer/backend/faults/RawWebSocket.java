package org.cctrainer.backend.faults;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * A WebSocket client written on a plain socket, so a test can do what no well-behaved client
 * library does: send any opcode, unmasked or fragmented frames, text that is not UTF-8, and
 * vanish without a close frame (a closed lid, a pulled cable).
 */
final class RawWebSocket implements AutoCloseable {
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** One frame from the server (servers never mask). */
    record Frame(boolean fin, int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The close code of a close frame; 1005 (none given) when the payload is empty. */
        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
        }
    }

    private final Socket socket = new Socket();
    private final DataInputStream in;
    private final OutputStream out;
    private final Random random;

    /** Upgrades {@code uri} (the stream's path with its credential) on the trainer at {@code port}. */
    RawWebSocket(int port, String uri, Random random) throws IOException {
        this.random = random;
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String request = "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        in = new DataInputStream(socket.getInputStream());
        String head = readHead(in);
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("handshake refused: " + head.lines().findFirst().orElse(head));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                return head.toString();
            }
        }
        return head.toString();
    }

    void sendText(String text) throws IOException {
        send(true, TEXT, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** One frame exactly as given: {@code masked} false breaks the rule that clients mask. */
    void send(boolean fin, int opcode, byte[] payload, boolean masked) throws IOException {
        send(fin, 0, opcode, payload, masked);
    }

    /** As {@link #send(boolean, int, byte[], boolean)} with reserved bits {@code rsv} (0–7) set. */
    void send(boolean fin, int rsv, int opcode, byte[] payload, boolean masked) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write((fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0xf));
        int maskBit = masked ? 0x80 : 0;
        if (payload.length < 126) {
            frame.write(maskBit | payload.length);
        } else if (payload.length < 65536) {
            frame.write(maskBit | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(maskBit | 127);
            long length = payload.length;
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) (length >>> shift) & 0xff);
            }
        }
        byte[] body = payload;
        if (masked) {
            byte[] key = new byte[4];
            random.nextBytes(key);
            frame.write(key, 0, 4);
            body = new byte[payload.length];
            for (int i = 0; i < payload.length; i++) {
                body[i] = (byte) (payload[i] ^ key[i & 3]);
            }
        }
        frame.write(body, 0, body.length);
        out.write(frame.toByteArray());
        out.flush();
    }

    /** Bytes as they are, frame or not. */
    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame, or null if none arrives within {@code millis}; EOFException when the server has closed the connection. */
    Frame read(int millis) throws IOException {
        socket.setSoTimeout(millis);
        int first;
        try {
            first = in.read();
        } catch (SocketTimeoutException quiet) {
            return null;
        }
        if (first == -1) {
            throw new EOFException("connection closed");
        }
        socket.setSoTimeout(10_000);
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        if ((second & 0x80) != 0) {
            in.readInt(); // a server must not mask; skip the key if it did
        }
        if (length > 64L << 20) {
            throw new IOException("absurd frame length " + length);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame((first & 0x80) != 0, first & 0x0f, payload);
    }

    /**
     * Reads until the server's close frame and returns its code; -1 if the connection ended
     * without one, 0 if neither happened within {@code millis}.
     */
    int awaitClose(int millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            Frame frame;
            try {
                frame = read((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            } catch (EOFException | java.net.SocketException gone) {
                return -1;
            }
            if (frame != null && frame.opcode() == CLOSE) {
                return frame.closeCode();
            }
        }
        return 0;
    }

    /** Vanishes: the connection ends with no close frame (RST if {@code reset}, else FIN). */
    void drop(boolean reset) throws IOException {
        if (reset) {
            socket.setSoLinger(true, 0);
        }
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

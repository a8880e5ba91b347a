package org.cctrainer.backend.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a plain socket, byte for byte what the test says: any body (not
 * even UTF-8), any content type, and a chosen local address on the loopback network (the join
 * limit is per address). One connection per exchange ({@code connection: close}), so a refused
 * request cannot leave a half-read body in the way of the next one.
 */
final class RawHttp {
    /** What came back: the status, the content type and the body as text; status -1 if the connection closed with no answer. */
    record Answer(int status, String contentType, String body) {
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Answer post(String path, byte[] body, String contentType, String bearer, InetAddress from) throws IOException {
        return exchange("POST", path, body, contentType, bearer, from);
    }

    Answer exchange(String method, String path, byte[] body, String contentType, String bearer, InetAddress from)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(15_000);
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("host: 127.0.0.1:").append(port).append("\r\n").append("connection: close\r\n");
            if (bearer != null) {
                head.append("authorization: Bearer ").append(bearer).append("\r\n");
            }
            if (contentType != null) {
                head.append("content-type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                head.append("content-length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedMidBody) {
                // The server may answer (413) and close before an oversized body is all sent: read what it said.
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // A reset after the answer was sent (the server closed with our body unread): keep what arrived.
        }
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            return new Answer(-1, null, new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] status = lines[0].split(" ", 3);
        int code = Integer.parseInt(status[1]);
        String contentType = null;
        Integer length = null;
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> {
                }
            }
        }
        int start = end + 4;
        byte[] body;
        if (chunked) {
            body = dechunk(bytes, start);
        } else {
            int size = length == null ? bytes.length - start : Math.min(length, bytes.length - start);
            body = java.util.Arrays.copyOfRange(bytes, start, start + size);
        }
        return new Answer(code, contentType, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] bytes, int at) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int i = at;
        while (i < bytes.length) {
            int lineEnd = indexOf(bytes, "\r\n".getBytes(StandardCharsets.US_ASCII), i);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int from = lineEnd + 2;
            body.write(bytes, from, Math.min(size, bytes.length - from));
            i = from + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        return indexOf(bytes, what, 0);
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from; i <= bytes.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package org.cctrainer.backend.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as raw bytes (the checksum is over bytes, and UTF-8 is checked per
 * line), never holding more than {@code maxBytes} of it: past the limit it stops reading.
 */
final class BoundedLines {
    /** Thrown when the stream goes past the limit. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long consumed;
    private long lineNumber;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line with its newline if it has one; null at the end of the stream. */
    byte[] next() throws IOException, TooLarge {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (line.size() == 0) {
                        return null;
                    }
                    lineNumber++;
                    return line.toByteArray();
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            boolean newline = position < limit;
            if (newline) {
                position++;
            }
            consumed += position - start;
            if (consumed > maxBytes) {
                throw new TooLarge();
            }
            line.write(buffer, start, position - start);
            if (newline) {
                lineNumber++;
                return line.toByteArray();
            }
        }
    }

    /** The number of the line last returned (1-based). */
    long lineNumber() {
        return lineNumber;
    }

    long bytesRead() {
        return consumed;
    }
}

package org.cctrainer.backend.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The trainer key: set by configuration, or generated on first start and kept in
 * {@code <data>/trainer-key} (readable by its owner only), so it survives restarts. The caller
 * prints a generated key once; a configured or stored one is never printed.
 */
public final class TrainerKeys {
    public static final String FILE = "trainer-key";
    static final int MIN_LENGTH = 16;

    private TrainerKeys() {
    }

    public record Loaded(String key, boolean generated) {
    }

    public static Loaded load(String configured, Path dataDir) throws IOException {
        if (configured != null && !configured.isBlank()) {
            if (configured.trim().length() < MIN_LENGTH) {
                throw new IllegalArgumentException("the trainer key must be at least " + MIN_LENGTH + " characters");
            }
            return new Loaded(configured.trim(), false);
        }
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (stored.length() >= MIN_LENGTH) {
                return new Loaded(stored, false);
            }
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the data directory's own permissions protect it.
        }
        return new Loaded(key, true);
    }
}

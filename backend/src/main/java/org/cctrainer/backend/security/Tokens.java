package org.cctrainer.backend.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, self-contained tokens: {@code v1.<payload>.<signature>}, the payload
 * {@code role|exercise|expires(epoch s, 0 = never)|nonce} in base64url, the signature an
 * HMAC-SHA256 with a secret derived from the trainer key, so every node that shares the key
 * can check a token and nobody without it can make one. A token names its exercise: a
 * trainee's token for one exercise is worthless for another.
 */
public final class Tokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();

    public Tokens(String trainerKey) {
        this.secret = hmac(trainerKey.getBytes(StandardCharsets.UTF_8), "cc-trainer token secret v1");
    }

    /** What a valid token says. */
    public record Claims(Role role, String exercise, long expires, String nonce) {
    }

    public String issue(Role role, String exercise, long expiresEpochSeconds) {
        byte[] nonce = new byte[9];
        random.nextBytes(nonce);
        String payload = role.wireName() + "|" + exercise + "|" + expiresEpochSeconds + "|" + B64.encodeToString(nonce);
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return "v1." + encoded + "." + B64.encodeToString(hmac(secret, encoded));
    }

    /** The claims of a genuine, unexpired token; empty for anything forged, malformed or expired. */
    public Optional<Claims> verify(String token, long nowEpochSeconds) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        try {
            byte[] expected = hmac(secret, parts[1]);
            if (!MessageDigest.isEqual(expected, B64D.decode(parts[2]))) {
                return Optional.empty();
            }
            String[] fields = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8).split("\\|");
            Role role = Role.fromWire(fields[0]);
            long expires = Long.parseLong(fields[2]);
            if (fields.length != 4 || role == null || (expires != 0 && expires < nowEpochSeconds)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(role, fields[1], expires, fields[3]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Constant-time comparison of a presented trainer key with the real one. */
    public static boolean sameKey(String presented, String key) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package org.cctrainer.backend.security;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trainer's security state, shared by every gateway on a node: the trainer key and the
 * tokens signed with it, single-use WebSocket tickets, join codes, and the rate limits on
 * commands and joins. Secrets never leave it except to the trainer who holds the key.
 */
public final class Security {
    /** A trainee's token lasts a long training day. */
    public static final long TRAINEE_TOKEN_SECONDS = 12 * 3600;
    /** A WebSocket ticket is used at once, or never. */
    public static final long TICKET_SECONDS = 30;
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final String trainerKey;
    private final Tokens tokens;
    private final Map<String, Long> usedTickets = new ConcurrentHashMap<>();
    private final RateLimiter commands = new RateLimiter(5, 20);
    /**
     * A whole classroom may join from one address (behind one NAT), so 30 at once and then one
     * a second; guessing one of 31^8 codes at that rate takes tens of thousands of years.
     */
    private final RateLimiter joins = new RateLimiter(1, 30);
    private final SecureRandom random = new SecureRandom();

    public Security(String trainerKey) {
        this.trainerKey = trainerKey;
        this.tokens = new Tokens(trainerKey);
    }

    public boolean isTrainerKey(String presented) {
        return Tokens.sameKey(presented, trainerKey);
    }

    /** A bearer credential: the trainer key, or a trainee's token (for its exercise). */
    public Optional<Principal> bearer(String credential, long nowSeconds) {
        if (isTrainerKey(credential)) {
            return Optional.of(Principal.TRAINER);
        }
        return tokens.verify(credential, nowSeconds).filter(c -> c.role() == Role.TRAINEE)
                .map(c -> new Principal(Role.TRAINEE, c.exercise(), "trainee:" + c.nonce()));
    }

    /** An observer link's token, for its exercise only. */
    public Optional<Principal> observer(String token, String exercise, long nowSeconds) {
        return tokens.verify(token, nowSeconds).filter(c -> c.role() == Role.OBSERVER && c.exercise().equals(exercise))
                .map(c -> new Principal(Role.OBSERVER, exercise, "observer:" + c.nonce()));
    }

    /** Redeems a WebSocket ticket once: the role it was issued for, on its exercise. */
    public Optional<Principal> redeemTicket(String ticket, String exercise, long nowSeconds) {
        Optional<Tokens.Claims> claims = tokens.verify(ticket, nowSeconds).filter(c -> c.exercise().equals(exercise));
        if (claims.isEmpty() || usedTickets.putIfAbsent(claims.get().nonce(), claims.get().expires()) != null) {
            return Optional.empty();
        }
        usedTickets.values().removeIf(expires -> expires < nowSeconds);
        Tokens.Claims c = claims.get();
        return Optional.of(new Principal(c.role(), c.role() == Role.TRAINER ? null : exercise, "ticket:" + c.nonce()));
    }

    public String ticket(Principal principal, String exercise, long nowSeconds) {
        return tokens.issue(principal.role(), exercise, nowSeconds + TICKET_SECONDS);
    }

    public String traineeToken(String exercise, long nowSeconds) {
        return tokens.issue(Role.TRAINEE, exercise, nowSeconds + TRAINEE_TOKEN_SECONDS);
    }

    /** The read-only link's token: it does not expire, and it opens nothing but this exercise's wallboard. */
    public String observerToken(String exercise) {
        return tokens.issue(Role.OBSERVER, exercise, 0);
    }

    /** A join code a trainee types: eight characters that cannot be misread, shown as XXXX-XXXX. */
    public String newJoinCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    public boolean allowCommand(String subject, long nanos) {
        return commands.allow(subject, nanos);
    }

    public boolean allowJoin(String remoteAddress, long nanos) {
        return joins.allow(remoteAddress, nanos);
    }
}

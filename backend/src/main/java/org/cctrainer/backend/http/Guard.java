package org.cctrainer.backend.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.cctrainer.backend.security.Principal;
import org.cctrainer.backend.security.Security;

/**
 * Checks every API request against its role and exercise (the table in docs/security.md).
 * A request without a credential is 401 {@code unauthenticated}; with one that may not do
 * this, 403 {@code forbidden}. The credential itself is never echoed or logged.
 */
final class Guard {
    static final String PRINCIPAL = "principal";
    private final Security security;

    Guard(Security security) {
        this.security = security;
    }

    static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    /** The caller, from {@code Authorization: Bearer ...}; empty if none or not genuine. */
    Optional<Principal> caller(RoutingContext ctx) {
        Object cached = ctx.get(PRINCIPAL);
        if (cached instanceof Principal principal) {
            return Optional.of(principal);
        }
        String header = ctx.request().getHeader("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Optional<Principal> principal = security.bearer(header.substring(7).trim(), nowSeconds());
        principal.ifPresent(p -> ctx.put(PRINCIPAL, p));
        return principal;
    }

    Principal trainer(RoutingContext ctx) {
        Principal principal = authenticated(ctx);
        if (!principal.isTrainer()) {
            throw new ApiError(403, "forbidden", "only a trainer may do this");
        }
        return principal;
    }

    /** The trainee of exactly this exercise. */
    Principal traineeOf(RoutingContext ctx, String exercise) {
        Principal principal = authenticated(ctx);
        if (!principal.mayCommand(exercise)) {
            throw new ApiError(403, "forbidden", principal.isTrainer()
                    ? "commands come from the exercise's trainee, not the trainer"
                    : "this token is for another exercise");
        }
        return principal;
    }

    /** A trainer, or the trainee of this exercise. */
    Principal trainerOrTraineeOf(RoutingContext ctx, String exercise) {
        Principal principal = authenticated(ctx);
        if (!principal.isTrainer() && !principal.mayCommand(exercise)) {
            throw new ApiError(403, "forbidden", "this token is for another exercise");
        }
        return principal;
    }

    private Principal authenticated(RoutingContext ctx) {
        return caller(ctx).orElseThrow(() -> new ApiError(401, "unauthenticated",
                "sign in: send the trainer key, or a trainee token from joining, as Authorization: Bearer"));
    }
}

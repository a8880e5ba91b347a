package org.cctrainer.backend.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.cctrainer.backend.exercise.ExerciseInfo;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.security.Security;

/**
 * {@code POST /api/join}: a trainee types the join code the trainer handed out and gets a token
 * for that one exercise. Rate-limited per address, so codes cannot be guessed by brute force.
 */
final class JoinApi {
    private final ExerciseRegistry registry;
    private final Security security;

    JoinApi(ExerciseRegistry registry, Security security) {
        this.registry = registry;
        this.security = security;
    }

    void join(RoutingContext ctx) {
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        if (!security.allowJoin(address, System.nanoTime())) {
            throw new ApiError(429, "rate-limited", "too many attempts to join: wait a minute and try again");
        }
        String code = JsonBody.read(ctx, fields -> fields.requiredText("code"));
        ExerciseInfo info = registry.byJoinCode(code).orElseThrow(() -> new ApiError(404, "unknown-code",
                "no running exercise has that join code; check it with your trainer"));
        Http.json(ctx, Map.of("exercise", info.id(), "title", info.title(),
                "token", security.traineeToken(info.id(), Guard.nowSeconds()), "console", info.links().console()));
    }
}

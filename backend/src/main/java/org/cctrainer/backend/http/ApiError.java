package org.cctrainer.backend.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** A refusal the client can act on: an HTTP status, a stable code, and a sentence saying what was wrong. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad-request", message);
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "not-found", what);
    }

    public static void send(RoutingContext ctx, int status, String code, String message) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", code).put("message", message).encode());
    }

    public void send(RoutingContext ctx) {
        send(ctx, status, code, getMessage());
    }
}

package org.cctrainer.backend.http;

import io.vertx.ext.web.RoutingContext;
import org.cctrainer.backend.wire.Wire;

/** Small helpers for JSON responses. */
final class Http {
    private Http() {
    }

    static void json(RoutingContext ctx, Object value) {
        ctx.response().putHeader("content-type", "application/json; charset=utf-8").end(Wire.encode(value));
    }

    /** Echoes user input in messages only in a short, harmless form. */
    static String abbreviate(String text) {
        String clean = text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}

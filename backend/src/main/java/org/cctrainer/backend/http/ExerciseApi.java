package org.cctrainer.backend.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.Addresses;
import org.cctrainer.backend.exercise.ExerciseActor;
import org.cctrainer.backend.exercise.ExerciseInfo;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.exercise.Pacer;
import org.cctrainer.backend.exercise.ScenarioCatalog;
import org.cctrainer.backend.metrics.ServerMetrics;
import org.cctrainer.sim.model.Scenario;

/** The exercise resources of the HTTP API (docs/api.md): start, list, read, pause, resume, speed, stop. */
final class ExerciseApi {
    static final int MAX_EXERCISES = 200;
    private static final long CONTROL_TIMEOUT_MILLIS = 5_000;

    private final Vertx vertx;
    private final ScenarioCatalog catalog;
    private final ExerciseRegistry registry;
    private final ServerMetrics metrics;

    ExerciseApi(Vertx vertx, ScenarioCatalog catalog, ExerciseRegistry registry, ServerMetrics metrics) {
        this.vertx = vertx;
        this.catalog = catalog;
        this.registry = registry;
        this.metrics = metrics;
    }

    private record StartRequest(String scenario, long seed, double speed) {
    }

    void start(RoutingContext ctx) {
        StartRequest request = JsonBody.read(ctx, fields -> new StartRequest(fields.requiredText("scenario"),
                fields.longInteger("seed", Long.MIN_VALUE), fields.number("speed", 1, Pacer.MIN_SPEED, Pacer.MAX_SPEED)));
        Scenario scenario = catalog.get(request.scenario()).orElseThrow(() -> new ApiError(400, "unknown-scenario",
                "unknown scenario '" + request.scenario() + "'; scenarios are " + String.join(", ", catalog.ids())));
        if (registry.live() >= MAX_EXERCISES) {
            throw new ApiError(409, "too-many-exercises", "this trainer already has " + MAX_EXERCISES
                    + " exercises; stop some first");
        }
        long seed = request.seed() == Long.MIN_VALUE ? scenario.defaultSeed() : request.seed();
        String id = registry.newId();
        ExerciseActor actor = new ExerciseActor(id, scenario, catalog.scheme(scenario.id()).orElse(null), seed,
                request.speed(), Instant.now().toString(), registry, metrics);
        vertx.deployVerticle(actor).onComplete(deployed -> {
            if (deployed.failed()) {
                ApiError.send(ctx, 500, "start-failed", "the exercise could not start: " + deployed.cause().getMessage());
                return;
            }
            ExerciseInfo info = registry.get(id).orElseThrow();
            ctx.response().setStatusCode(201).putHeader("location", info.links().self());
            Http.json(ctx, info);
        });
    }

    void list(RoutingContext ctx) {
        List<ExerciseInfo> all = registry.list();
        Http.json(ctx, Map.of("exercises", all));
    }

    void get(RoutingContext ctx) {
        Http.json(ctx, known(ctx));
    }

    void pause(RoutingContext ctx) {
        control(ctx, new JsonObject().put("action", "pause"));
    }

    void resume(RoutingContext ctx) {
        control(ctx, new JsonObject().put("action", "resume"));
    }

    void stop(RoutingContext ctx) {
        control(ctx, new JsonObject().put("action", "stop"));
    }

    void speed(RoutingContext ctx) {
        known(ctx);
        double speed = JsonBody.read(ctx, fields -> fields.requiredNumber("speed", Pacer.MIN_SPEED, Pacer.MAX_SPEED));
        control(ctx, new JsonObject().put("action", "speed").put("speed", speed));
    }

    void acknowledge(RoutingContext ctx) {
        command(ctx, new JsonObject().put("id", "http-ack-" + System.nanoTime()).put("action", "acknowledge-alert")
                .put("alert", ctx.pathParam("alert")));
    }

    /** {@code POST /api/exercises/{id}/commands}: the WebSocket's command, over HTTP (docs/api.md). */
    void commands(RoutingContext ctx) {
        String text = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString();
        JsonObject body;
        try {
            body = new JsonObject(text);
        } catch (RuntimeException e) {
            throw new ApiError(400, "malformed-json", "the body must be one JSON object (a command)");
        }
        command(ctx, body);
    }

    void score(RoutingContext ctx) {
        report(ctx, "score");
    }

    void debrief(RoutingContext ctx) {
        report(ctx, "debrief");
    }

    /** A live exercise's actor answers; a stopped one's last report was kept when it stopped. */
    private void report(RoutingContext ctx, String kind) {
        ExerciseInfo info = known(ctx);
        if (!info.stateValue().live()) {
            Buffer kept = registry.finalReport(info.id(), kind).orElseThrow(() -> ApiError.notFound(
                    "exercise '" + info.id() + "' has no " + kind + (kind.equals("score") ? " (its scenario is not scored)" : "")));
            ctx.response().putHeader("content-type", "application/json; charset=utf-8").end(kept);
            return;
        }
        control(ctx, new JsonObject().put("action", kind));
    }

    /** Relays a command to the actor; its ack is 200, its error the status the code means (400 or 409). */
    private void command(RoutingContext ctx, JsonObject command) {
        ExerciseInfo info = known(ctx);
        vertx.eventBus().<Buffer>request(Addresses.control(info.id()), new JsonObject().put("action", "command")
                .put("command", command), new DeliveryOptions().setSendTimeout(CONTROL_TIMEOUT_MILLIS)).onComplete(result -> {
                    if (result.failed()) {
                        ApiError.send(ctx, 409, "wrong-state", "the exercise is no longer running");
                        return;
                    }
                    JsonObject reply = new JsonObject(result.result().body());
                    if ("ack".equals(reply.getString("type"))) {
                        ctx.response().putHeader("content-type", "application/json; charset=utf-8").end(result.result().body());
                        return;
                    }
                    String code = reply.getString("code", "refused");
                    int status = code.equals("bad-command") || code.equals("unknown-action") ? 400
                            : code.equals("not-found") ? 404 : 409;
                    ApiError.send(ctx, status, code, reply.getString("message", ""));
                });
    }

    private ExerciseInfo known(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        return registry.get(id).orElseThrow(() -> ApiError.notFound("no exercise '" + Http.abbreviate(id) + "'"));
    }

    /** Sends a request to the exercise's actor and relays its answer, or its refusal with the status it chose. */
    private void control(RoutingContext ctx, JsonObject request) {
        ExerciseInfo info = known(ctx);
        if (!info.stateValue().live()) {
            throw new ApiError(409, "wrong-state", "the exercise is " + info.state());
        }
        Future<io.vertx.core.eventbus.Message<Buffer>> reply = vertx.eventBus().request(Addresses.control(info.id()),
                request, new DeliveryOptions().setSendTimeout(CONTROL_TIMEOUT_MILLIS));
        reply.onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().putHeader("content-type", "application/json; charset=utf-8").end(result.result().body());
            } else if (result.cause() instanceof ReplyException refused && refused.failureType() == ReplyFailure.RECIPIENT_FAILURE) {
                int status = refused.failureCode();
                ApiError.send(ctx, status, status == 404 ? "not-found" : status == 409 ? "wrong-state" : "bad-request",
                        refused.getMessage());
            } else {
                ApiError.send(ctx, 409, "wrong-state", "the exercise is no longer running");
            }
        });
    }
}

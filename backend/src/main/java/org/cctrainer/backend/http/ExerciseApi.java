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
import org.cctrainer.backend.exercise.ExerciseAccess;
import org.cctrainer.backend.exercise.ExerciseActor;
import org.cctrainer.backend.exercise.ExerciseInfo;
import org.cctrainer.backend.exercise.ExerciseLabels;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.exercise.ExerciseState;
import org.cctrainer.backend.exercise.Pacer;
import org.cctrainer.backend.exercise.ScenarioCatalog;
import org.cctrainer.backend.metrics.ServerMetrics;
import org.cctrainer.backend.security.Principal;
import org.cctrainer.backend.security.Security;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.model.Scenario;

/** The exercise resources of the HTTP API (docs/api.md): start, list, read, pause, resume, speed, stop. */
final class ExerciseApi {
    static final int MAX_EXERCISES = 200;
    private static final long CONTROL_TIMEOUT_MILLIS = 5_000;

    private final Vertx vertx;
    private final ScenarioCatalog catalog;
    private final ExerciseRegistry registry;
    private final ServerMetrics metrics;
    private final Guard guard;
    private final Security security;
    private final org.cctrainer.backend.journal.Journal journal;

    ExerciseApi(Vertx vertx, ScenarioCatalog catalog, ExerciseRegistry registry, ServerMetrics metrics, Guard guard,
                Security security, org.cctrainer.backend.journal.Journal journal) {
        this.journal = journal;
        this.vertx = vertx;
        this.catalog = catalog;
        this.registry = registry;
        this.metrics = metrics;
        this.guard = guard;
        this.security = security;
    }

    /** What a trainer sees of an exercise: everything, with its join code and observer link. */
    Map<String, Object> trainerView(ExerciseInfo info) {
        @SuppressWarnings("unchecked")
        Map<String, Object> view = Wire.MAPPER.convertValue(info, Map.class);
        registry.access(info.id()).ifPresent(access -> view.put("access", Map.of("joinCode", access.joinCode(),
                "observerLink", access.observerLink(info.id()))));
        view.putAll(registry.replayExtras(info.id()));
        return view;
    }

    private record StartRequest(String scenario, long seed, double speed) {
    }

    void start(RoutingContext ctx) {
        guard.trainer(ctx);
        StartRequest request = JsonBody.read(ctx, fields -> new StartRequest(fields.requiredText("scenario"),
                fields.longInteger("seed", Long.MIN_VALUE), fields.number("speed", 1, Pacer.MIN_SPEED, Pacer.MAX_SPEED)));
        Scenario scenario = scenario(request.scenario());
        roomFor(1);
        launch(scenario, request.seed(), request.speed(), ExerciseLabels.SINGLE).onComplete(started -> {
            if (started.failed()) {
                ApiError.send(ctx, 500, "start-failed", "the exercise could not start: " + started.cause().getMessage());
                return;
            }
            ctx.response().setStatusCode(201).putHeader("location", started.result().links().self());
            Http.json(ctx, trainerView(started.result()));
        });
    }

    Scenario scenario(String id) {
        return catalog.get(id).orElseThrow(() -> new ApiError(400, "unknown-scenario",
                "unknown scenario '" + Http.abbreviate(id) + "'; scenarios are " + String.join(", ", catalog.ids())));
    }

    void roomFor(int more) {
        if (registry.live() + more > MAX_EXERCISES) {
            throw new ApiError(409, "too-many-exercises", "this trainer already has " + registry.live()
                    + " exercises running (at most " + MAX_EXERCISES + "); stop some first");
        }
    }

    /** Deploys one exercise's actor; completes with its info once it runs. */
    Future<ExerciseInfo> launch(Scenario scenario, long requestedSeed, double speed, ExerciseLabels labels) {
        long seed = requestedSeed == Long.MIN_VALUE ? scenario.defaultSeed() : requestedSeed;
        String id = registry.newId();
        registry.putAccess(id, newAccess(id));
        ExerciseActor actor = new ExerciseActor(id, scenario, catalog.scheme(scenario.id()).orElse(null), seed, speed,
                Instant.now().toString(), labels, registry, metrics).journal(journal, catalog.text(scenario.id()));
        return vertx.deployVerticle(actor).map(deployed -> registry.get(id).orElseThrow());
    }

    ExerciseAccess newAccess(String id) {
        return new ExerciseAccess(security.newJoinCode(), security.observerToken(id));
    }

    void list(RoutingContext ctx) {
        guard.trainer(ctx);
        Http.json(ctx, Map.of("exercises", registry.list().stream().map(this::trainerView).toList()));
    }

    void get(RoutingContext ctx) {
        Principal caller = guard.trainerOrTraineeOf(ctx, ctx.pathParam("id"));
        ExerciseInfo info = known(ctx);
        Http.json(ctx, caller.isTrainer() ? trainerView(info) : info);
    }

    void pause(RoutingContext ctx) {
        guard.trainer(ctx);
        control(ctx, new JsonObject().put("action", "pause"));
    }

    void resume(RoutingContext ctx) {
        guard.trainer(ctx);
        control(ctx, new JsonObject().put("action", "resume"));
    }

    void stop(RoutingContext ctx) {
        guard.trainer(ctx);
        control(ctx, new JsonObject().put("action", "stop"));
    }

    void speed(RoutingContext ctx) {
        guard.trainer(ctx);
        known(ctx);
        double speed = JsonBody.read(ctx, fields -> fields.requiredNumber("speed", Pacer.MIN_SPEED, Pacer.MAX_SPEED));
        control(ctx, new JsonObject().put("action", "speed").put("speed", speed));
    }

    void acknowledge(RoutingContext ctx) {
        guard.traineeOf(ctx, ctx.pathParam("id"));
        command(ctx, new JsonObject().put("id", "http-ack-" + System.nanoTime()).put("action", "acknowledge-alert")
                .put("alert", ctx.pathParam("alert")));
    }

    /** {@code POST /api/exercises/{id}/commands}: the WebSocket's command, over HTTP (docs/api.md). */
    void commands(RoutingContext ctx) {
        Principal trainee = guard.traineeOf(ctx, ctx.pathParam("id"));
        // Limited per exercise (it has one trainee), so new tickets or HTTP do not open fresh buckets.
        if (!security.allowCommand("commands:" + ctx.pathParam("id"), System.nanoTime())) {
            throw new ApiError(429, "rate-limited", "too many commands: at most 5 a second (20 at once)");
        }
        String text = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString();
        if (org.cctrainer.backend.wire.JsonDepth.tooDeep(text)) {
            throw ApiError.badRequest("the body nests more than " + org.cctrainer.backend.wire.JsonDepth.MAX + " levels deep");
        }
        JsonObject body;
        try {
            body = new JsonObject(text);
        } catch (RuntimeException e) {
            throw new ApiError(400, "malformed-json", "the body must be one JSON object (a command)");
        }
        command(ctx, body);
    }

    void score(RoutingContext ctx) {
        afterTheDay(ctx, "score");
        report(ctx, "score");
    }

    void debrief(RoutingContext ctx) {
        afterTheDay(ctx, "debrief");
        report(ctx, "debrief");
    }

    /** A trainer sees the score and debrief any time; the trainee once the day is over (or live, if the scheme says). */
    private void afterTheDay(RoutingContext ctx, String what) {
        Principal caller = guard.trainerOrTraineeOf(ctx, ctx.pathParam("id"));
        ExerciseInfo info = known(ctx);
        boolean over = info.stateValue() == ExerciseState.FINISHED || info.stateValue() == ExerciseState.STOPPED;
        boolean live = catalog.scheme(info.scenario()).map(s -> s.liveForTrainee()).orElse(false);
        if (!caller.isTrainer() && !over && !(live && what.equals("score"))) {
            throw new ApiError(403, "forbidden", "the " + what + " opens for the trainee when the day is over");
        }
    }

    /** {@code GET /api/exercises/{id}/record}: the observation record (the debrief, with notes and the trainee's label). */
    void record(RoutingContext ctx) {
        guard.trainer(ctx);
        report(ctx, "debrief");
    }

    /** {@code POST /api/exercises/{id}/ticket}: a single-use ticket to open the stream as this caller. */
    void ticket(RoutingContext ctx) {
        Principal caller = guard.trainerOrTraineeOf(ctx, ctx.pathParam("id"));
        ExerciseInfo info = known(ctx);
        Http.json(ctx, Map.of("ticket", security.ticket(caller, info.id(), Guard.nowSeconds()),
                "expiresInSeconds", Security.TICKET_SECONDS, "role", caller.role().wireName()));
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

    ExerciseInfo known(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        return registry.get(id).orElseThrow(() -> ApiError.notFound("no exercise '" + Http.abbreviate(id) + "'"));
    }

    /** Sends a request to the exercise's actor and relays its answer, or its refusal with the status it chose. */
    /** A replay's seek to a moment. */
    void seek(RoutingContext ctx) {
        guard.trainer(ctx);
        known(ctx);
        double t = JsonBody.read(ctx, fields -> fields.requiredNumber("t", 0, 24 * 3600));
        control(ctx, new JsonObject().put("action", "seek").put("t", t));
    }

    /** A replay's step to the next intervention. */
    void next(RoutingContext ctx) {
        guard.trainer(ctx);
        control(ctx, new JsonObject().put("action", "next"));
    }

    void control(RoutingContext ctx, JsonObject request) {
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
                // A 409 from an injection is the centre refusing it, not the exercise's state.
                String conflict = "inject".equals(request.getString("action")) ? "refused" : "wrong-state";
                ApiError.send(ctx, status, status == 404 ? "not-found" : status == 409 ? conflict : "bad-request",
                        refused.getMessage());
            } else {
                ApiError.send(ctx, 409, "wrong-state", "the exercise is no longer running");
            }
        });
    }
}

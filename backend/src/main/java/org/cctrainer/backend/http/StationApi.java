package org.cctrainer.backend.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.exercise.ExerciseInfo;
import org.cctrainer.backend.exercise.ExerciseLabels;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.exercise.Pacer;
import org.cctrainer.sim.model.Scenario;

/**
 * The trainer station's resources (docs/api.md, "The trainer station"): launching a cohort,
 * injecting incidents, observation notes, and the observation record. Trainers only.
 */
final class StationApi {
    static final int MAX_COHORT = 30;
    private final ExerciseApi exercises;
    private final ExerciseRegistry registry;
    private final Guard guard;

    StationApi(ExerciseApi exercises, ExerciseRegistry registry, Guard guard) {
        this.exercises = exercises;
        this.registry = registry;
        this.guard = guard;
    }

    private record CohortRequest(String scenario, long seed, double speed, List<String> trainees) {
    }

    /** One exercise per trainee, same scenario and seed: everyone faces the same day. */
    void cohort(RoutingContext ctx) {
        guard.trainer(ctx);
        CohortRequest request = JsonBody.read(ctx, fields -> {
            List<String> trainees = fields.texts("trainees");
            if (trainees.isEmpty() || trainees.size() > MAX_COHORT) {
                fields.problems().add(fields.at("trainees"), "must list 1–" + MAX_COHORT + " trainees");
            }
            for (String trainee : trainees) {
                if (trainee.isBlank() || trainee.length() > 40) {
                    fields.problems().add(fields.at("trainees"), "each trainee's label is 1–40 characters");
                    break;
                }
            }
            return new CohortRequest(fields.requiredText("scenario"), fields.longInteger("seed", Long.MIN_VALUE),
                    fields.number("speed", 1, Pacer.MIN_SPEED, Pacer.MAX_SPEED), trainees);
        });
        Scenario scenario = exercises.scenario(request.scenario());
        exercises.roomFor(request.trainees().size());
        long seed = request.seed() == Long.MIN_VALUE ? scenario.defaultSeed() : request.seed();
        String cohort = "c-" + registry.newId();
        List<Future<ExerciseInfo>> launches = new ArrayList<>();
        for (String trainee : request.trainees()) {
            launches.add(exercises.launch(scenario, seed, request.speed(), ExerciseLabels.inCohort(cohort, trainee.trim())));
        }
        Future.all(launches).onComplete(all -> {
            if (all.failed()) {
                ApiError.send(ctx, 500, "start-failed", "the cohort could not start: " + all.cause().getMessage());
                return;
            }
            List<Map<String, Object>> started = new ArrayList<>();
            for (Future<ExerciseInfo> launch : launches) {
                started.add(exercises.trainerView(launch.result()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("cohort", cohort);
            body.put("scenario", scenario.id());
            body.put("seed", seed);
            body.put("exercises", started);
            ctx.response().setStatusCode(201);
            Http.json(ctx, body);
        });
    }

    void inject(RoutingContext ctx) {
        guard.trainer(ctx);
        String text = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString();
        if (org.cctrainer.backend.wire.JsonDepth.tooDeep(text)) {
            throw ApiError.badRequest("the body nests more than " + org.cctrainer.backend.wire.JsonDepth.MAX + " levels deep");
        }
        JsonObject incident;
        try {
            incident = new JsonObject(text);
        } catch (RuntimeException e) {
            throw new ApiError(400, "malformed-json", "the body must be one JSON object: an incident as in a scenario file");
        }
        if (incident.containsKey("at")) {
            throw ApiError.badRequest("at: an injected incident starts now; leave it out");
        }
        exercises.control(ctx, new JsonObject().put("action", "inject").put("incident", incident));
    }

    void note(RoutingContext ctx) {
        guard.trainer(ctx);
        String text = JsonBody.read(ctx, fields -> fields.requiredText("text"));
        ctx.response().setStatusCode(201);
        exercises.control(ctx, new JsonObject().put("action", "note").put("text", text));
    }
}

package org.cctrainer.backend.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.exercise.ExerciseActor;
import org.cctrainer.backend.exercise.ExerciseLabels;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.exercise.Pacer;
import org.cctrainer.backend.exercise.ReplayScript;
import org.cctrainer.backend.journal.ExerciseRecord;
import org.cctrainer.backend.journal.Journal;
import org.cctrainer.backend.journal.JournalEntry;
import org.cctrainer.backend.journal.JournalFileException;
import org.cctrainer.backend.journal.JournalFiles;
import org.cctrainer.backend.metrics.ServerMetrics;
import org.cctrainer.backend.scoring.MarkingSchemes;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioReader;

/**
 * The journal's resources (docs/api.md, "The journal and replays"): the recorded exercises,
 * export and import of one as a file, and replays. Every database read and file parse runs
 * on a worker; the event loop only routes. Trainers only.
 */
final class JournalApi {
    private final Vertx vertx;
    private final Journal journal;
    private final ExerciseApi exercises;
    private final ExerciseRegistry registry;
    private final ServerMetrics metrics;
    private final Guard guard;

    JournalApi(Vertx vertx, Journal journal, ExerciseApi exercises, ExerciseRegistry registry, ServerMetrics metrics,
               Guard guard) {
        this.vertx = vertx;
        this.journal = journal;
        this.exercises = exercises;
        this.registry = registry;
        this.metrics = metrics;
        this.guard = guard;
    }

    void list(RoutingContext ctx) {
        guard.trainer(ctx);
        vertx.executeBlocking(() -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ExerciseRecord record : journal.exercises()) {
                Map<String, Object> row = summary(record);
                // A live exercise's state is the registry's (the journal holds its last recorded one).
                registry.get(record.id()).ifPresent(info -> row.put("state", info.state()));
                rows.add(row);
            }
            return Map.of("exercises", rows);
        }).onComplete(result -> reply(ctx, result.map(Wire::encode)));
    }

    private static Map<String, Object> summary(ExerciseRecord record) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", record.id());
        row.put("scenarioId", record.scenarioId());
        row.put("scenarioTitle", record.scenarioTitle());
        row.put("seed", record.seed());
        row.put("softwareVersion", record.softwareVersion());
        row.put("createdAt", record.createdAt());
        row.put("state", record.state());
        row.put("cohort", record.cohort());
        row.put("trainee", record.trainee());
        row.put("origin", record.origin());
        return row;
    }

    void export(RoutingContext ctx) {
        guard.trainer(ctx);
        String id = ctx.pathParam("id");
        vertx.executeBlocking(() -> {
            ExerciseRecord record = journal.exercise(id).orElseThrow(() -> ApiError.notFound(
                    "no recorded exercise '" + Http.abbreviate(id) + "'"));
            journal.flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JournalFiles.write(record, journal.entries(id), out);
            return new Export(JournalFiles.fileName(record), Buffer.buffer(out.toByteArray()));
        }).onComplete(result -> {
            if (result.failed()) {
                reply(ctx, result.map(x -> (Buffer) null));
                return;
            }
            ctx.response().putHeader("content-type", "application/x-ndjson; charset=utf-8")
                    .putHeader("content-disposition", "attachment; filename=\"" + result.result().name() + "\"")
                    .end(result.result().bytes());
        });
    }

    private record Export(String name, Buffer bytes) {
    }

    void importFile(RoutingContext ctx) {
        guard.trainer(ctx);
        byte[] bytes = ctx.body() == null || ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        vertx.executeBlocking(() -> {
            JournalFiles.Imported imported;
            try {
                imported = JournalFiles.read(new ByteArrayInputStream(bytes), JournalFiles.DEFAULT_MAX_BYTES);
            } catch (JournalFileException e) {
                throw new ApiError(400, "bad-journal", describe(e));
            }
            String id = registry.newId();
            JournalFiles.Imported stored = imported.asNew(id);
            journal.importExercise(stored.exercise(), stored.entries());
            return Map.of("id", id, "entries", stored.entries().size(), "scenarioId", stored.exercise().scenarioId());
        }).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().setStatusCode(201);
            }
            reply(ctx, result.map(Wire::encode));
        });
    }

    private static String describe(JournalFileException e) {
        StringBuilder text = new StringBuilder("the file is not a journal this trainer can import: ");
        int shown = 0;
        for (JournalFileException.Problem problem : e.problems()) {
            if (shown++ == 10) {
                text.append("; … ").append(e.problems().size() - 10).append(" more");
                break;
            }
            text.append(shown == 1 ? "" : "; ").append(problem);
        }
        return text.toString();
    }

    /** A replay: a fresh exercise fed by the recording's inputs, paused at the start. */
    void replay(RoutingContext ctx) {
        guard.trainer(ctx);
        record ReplayRequest(String exercise, double speed) {
        }
        ReplayRequest request = JsonBody.read(ctx, fields -> new ReplayRequest(fields.requiredText("exercise"),
                fields.number("speed", 10, 1, Pacer.MAX_SPEED)));
        exercises.roomFor(1);
        vertx.executeBlocking(() -> {
            journal.flush();
            ExerciseRecord record = journal.exercise(request.exercise()).orElseThrow(() -> ApiError.notFound(
                    "no recorded exercise '" + Http.abbreviate(request.exercise()) + "'"));
            List<JournalEntry> entries = journal.entries(record.id());
            Scenario scenario;
            try {
                scenario = ScenarioReader.read(record.scenarioId(), record.scenarioYaml());
            } catch (org.cctrainer.sim.scenario.ScenarioException e) {
                throw new ApiError(409, "unreplayable", "the recorded scenario no longer reads: " + e.getMessage());
            }
            return new Recording(record, entries, scenario, ReplayScript.of(entries));
        }).compose(recording -> {
            String id = registry.newId();
            registry.putAccess(id, exercises.newAccess(id));
            Scenario scenario = recording.scenario();
            ExerciseActor actor;
            try {
                actor = new ExerciseActor(id, scenario, MarkingSchemes.builtIn(scenario), recording.record().seed(),
                        request.speed(), java.time.Instant.now().toString(), ExerciseLabels.replayOf(recording.record().id(),
                        recording.record().cohort(), recording.record().trainee()), registry, metrics)
                        .replay(recording.script());
            } catch (org.cctrainer.sim.scenario.ScenarioException e) {
                throw new ApiError(409, "unreplayable", e.getMessage());
            }
            registry.putReplayExtras(id, Map.of("duration", scenario.durationSeconds(),
                    "markers", markers(recording.entries(), scenario)));
            return vertx.deployVerticle(actor).map(deployed -> exercises.trainerView(registry.get(id).orElseThrow()));
        }).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().setStatusCode(201);
            }
            reply(ctx, result.map(Wire::encode));
        });
    }

    private record Recording(ExerciseRecord record, List<JournalEntry> entries, Scenario scenario, ReplayScript script) {
    }

    /** What the replay's timeline marks: alerts raised, incidents, commands and notes. */
    static List<Map<String, Object>> markers(List<JournalEntry> entries, Scenario scenario) {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (JournalEntry entry : entries) {
            try {
                var body = Wire.MAPPER.readTree(entry.body());
                String kind = null;
                String text = null;
                switch (entry.kind()) {
                    case "alert" -> {
                        if ("raised".equals(body.path("change").asText())) {
                            kind = "alert";
                            text = body.path("alert").path("title").asText();
                        }
                    }
                    case "event" -> {
                        if ("incident-started".equals(body.path("kind").asText())) {
                            kind = "incident";
                            text = body.path("summary").asText();
                        }
                    }
                    case "command" -> {
                        if ("ack".equals(body.path("reply").path("type").asText())) {
                            kind = "command";
                            text = body.path("reply").path("message").asText();
                        }
                    }
                    case "note" -> {
                        kind = "note";
                        text = body.path("text").asText();
                    }
                    default -> {
                    }
                }
                if (kind != null) {
                    Map<String, Object> marker = new LinkedHashMap<>();
                    marker.put("t", entry.t());
                    marker.put("clock", Durations.clock(entry.t(), scenario.startMinuteOfDay()));
                    marker.put("kind", kind);
                    marker.put("text", text);
                    markers.add(marker);
                }
            } catch (java.io.IOException e) {
                // An entry that does not parse cannot be marked; the replay itself ignores it too.
            }
        }
        return markers;
    }

    /** Sends a result, or the error it failed with (an ApiError as itself; anything else as a 500 that is logged). */
    private static void reply(RoutingContext ctx, io.vertx.core.AsyncResult<Buffer> result) {
        if (result.succeeded()) {
            ctx.response().putHeader("content-type", "application/json; charset=utf-8").end(result.result());
        } else if (result.cause() instanceof ApiError error) {
            error.send(ctx);
        } else {
            ctx.fail(result.cause());
        }
    }
}

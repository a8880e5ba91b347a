package org.cctrainer.backend.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cctrainer.backend.core.ExerciseCore;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.json.Problems;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.scenario.IncidentReader;

/**
 * The trainer's hand on a running exercise: incidents injected now (read exactly as a scenario
 * file's incident, so a trainer's live spike and a scripted one are the same thing), and
 * observation notes on the timeline.
 */
final class TrainerDesk {
    static final int MAX_NOTE = 1000;
    private final ExerciseCore core;
    private final StreamPublisher publisher;
    private int injected;
    private JournalRecorder recorder;

    void record(JournalRecorder journal) {
        this.recorder = journal;
    }

    TrainerDesk(ExerciseCore core, StreamPublisher publisher) {
        this.core = core;
        this.publisher = publisher;
    }

    void inject(Message<JsonObject> message, JsonObject body) {
        Problems problems = Problems.withoutLines();
        Incident incident;
        try {
            JsonNode node = Wire.MAPPER.readTree(body.encode());
            FieldReader r = FieldReader.object(node, "", problems);
            incident = r == null ? null : IncidentReader.read(r, "injected-" + (++injected));
            if (r != null) {
                r.finish();
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            message.fail(400, e.getMessage());
            return;
        }
        if (!problems.isEmpty() || incident == null) {
            message.fail(400, describe(problems));
            return;
        }
        CommandResult result = core.inject(incident);
        if (!result.accepted()) {
            message.fail(409, result.message());
            return;
        }
        if (recorder != null) {
            // With its id filled in, so a replay injects exactly the same incident.
            recorder.incident(core.now(), body.copy().put("id", incident.id()));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("incident", incident.id());
        reply.put("message", "Injected: " + result.message());
        reply.put("t", core.now());
        message.reply(Wire.encode(reply));
    }

    void note(Message<JsonObject> message, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_NOTE) {
            message.fail(400, "text: a note is 1–" + MAX_NOTE + " characters");
            return;
        }
        var note = core.note(text.trim());
        if (recorder != null) {
            recorder.note(note.t(), note.text());
        }
        String clock = Durations.clock(note.t(), core.scenario().startMinuteOfDay());
        publisher.event("note", note.text(), Map.of("text", note.text()));
        message.reply(Wire.encode(Map.of("t", note.t(), "clock", clock)));
    }

    private static String describe(Problems problems) {
        StringBuilder text = new StringBuilder();
        for (Problems.Problem problem : problems.list()) {
            text.append(text.length() == 0 ? "" : "; ").append(problem);
        }
        return text.toString();
    }
}

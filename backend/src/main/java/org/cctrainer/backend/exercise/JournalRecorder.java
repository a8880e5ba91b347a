package org.cctrainer.backend.exercise;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.cctrainer.backend.journal.ExerciseRecord;
import org.cctrainer.backend.journal.Journal;
import org.cctrainer.backend.journal.JournalEntry;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.backend.wire.Wire;

/**
 * Writes one live exercise into the journal: what it ran, then every input (command, injected
 * incident, note) with what became of it, every alert, event and score it published, each
 * state change, and a KPI sample a minute. Appending never blocks (the journal batches on its
 * own thread). Inputs are recorded as they were given, so a replay can give them again.
 */
final class JournalRecorder {
    private final Journal journal;
    private final String exercise;
    private long seq;

    JournalRecorder(Journal journal, String exercise) {
        this.journal = journal;
        this.exercise = exercise;
    }

    void created(ExerciseRecord record) {
        journal.exerciseCreated(record);
    }

    /** A trainee's command as sent, and the ack or error it got. */
    void command(double t, JsonObject command, Buffer reply) {
        append(t, "command", new JsonObject().put("command", command).put("reply", new JsonObject(reply)));
    }

    /** A trainer's injected incident (with its id filled in), as a scenario file would write it. */
    void incident(double t, JsonObject incident) {
        append(t, "incident", new JsonObject().put("incident", incident));
    }

    void note(double t, String text) {
        append(t, "note", new JsonObject().put("text", text));
    }

    void state(double t, String state, double speed) {
        append(t, "state", new JsonObject().put("state", state).put("speed", speed));
        journal.stateChanged(exercise, state);
    }

    void sample(TimelineEntry.KpiSample sample) {
        append(sample.t(), "sample", new JsonObject(Wire.encode(sample)));
    }

    /** An alert, event or score as the stream published it. */
    void published(String type, double t, Buffer encoded) {
        append(t, type, new JsonObject(encoded));
    }

    private void append(double t, String kind, JsonObject body) {
        journal.append(new JournalEntry(exercise, ++seq, t, Instant.now().toString(), kind, body.encode()));
    }
}

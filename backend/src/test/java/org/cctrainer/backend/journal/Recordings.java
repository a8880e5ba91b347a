package org.cctrainer.backend.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Made-up exercises and entries, shaped like a live run's. */
final class Recordings {
    static final String SCENARIO_YAML = "id: morning-rush\ntitle: Morning rush\nqueues:\n  - id: sales\n";

    private Recordings() {
    }

    static ExerciseRecord exercise(String id, int minuteOfDay, String state) {
        String createdAt = Instant.parse("2025-03-03T08:00:00Z").plusSeconds(60L * minuteOfDay).toString();
        return new ExerciseRecord(id, "morning-rush", "Morning rush", SCENARIO_YAML, 42L, "0.1.0-test", createdAt,
                state, "cohort-a", "trainee " + id, ExerciseRecord.LIVE);
    }

    static ExerciseRecord running(String id, int minuteOfDay) {
        return exercise(id, minuteOfDay, ExerciseRecord.RUNNING);
    }

    /** The seq-th entry of an exercise: kinds in turn, a second of virtual time apart, a compact JSON body. */
    static JournalEntry entry(String exercise, long seq) {
        String kind = JournalEntry.KINDS.get((int) (seq % JournalEntry.KINDS.size()));
        String wallTime = Instant.parse("2025-03-03T08:00:00Z").plusMillis(250 * seq).toString();
        String body = "{\"n\":" + seq + ",\"what\":\"" + kind + " number " + seq + " of " + exercise + "\",\"ok\":true}";
        return new JournalEntry(exercise, seq, seq * 1.5, wallTime, kind, body);
    }

    static List<JournalEntry> entries(String exercise, int count) {
        List<JournalEntry> entries = new ArrayList<>(count);
        for (int seq = 1; seq <= count; seq++) {
            entries.add(entry(exercise, seq));
        }
        return entries;
    }
}

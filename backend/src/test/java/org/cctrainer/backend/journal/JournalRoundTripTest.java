package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The journal reads back every exercise complete and in order")
class JournalRoundTripTest {
    private static final int EXERCISES = 6;
    private static final int ENTRIES_EACH = 2_000;

    @TempDir
    Path data;

    @Test
    @DisplayName("six exercises appending in turn: each reads back whole, in seq order, newest exercise first")
    void interleavedExercises() {
        try (JdbcJournal journal = JdbcJournal.openDefault(data)) {
            for (int i = 0; i < EXERCISES; i++) {
                journal.exerciseCreated(Recordings.running("ex-" + i, i));
            }
            for (int seq = 1; seq <= ENTRIES_EACH; seq++) {
                for (int i = 0; i < EXERCISES; i++) {
                    journal.append(Recordings.entry("ex-" + i, seq));
                }
                if (seq == ENTRIES_EACH / 2) {
                    journal.stateChanged("ex-1", ExerciseRecord.PAUSED);
                }
            }
            journal.stateChanged("ex-0", ExerciseRecord.FINISHED);
            journal.flush();

            assertEquals(0, journal.backlog());
            assertEquals(null, journal.problem());
            for (int i = 0; i < EXERCISES; i++) {
                assertEquals(Recordings.entries("ex-" + i, ENTRIES_EACH), journal.entries("ex-" + i), "ex-" + i);
            }
            assertEquals(List.of("ex-5", "ex-4", "ex-3", "ex-2", "ex-1", "ex-0"), ids(journal.exercises()));
            assertEquals(ExerciseRecord.FINISHED, journal.exercise("ex-0").orElseThrow().state());
            assertEquals(ExerciseRecord.PAUSED, journal.exercise("ex-1").orElseThrow().state());
            assertEquals(Recordings.running("ex-2", 2), journal.exercise("ex-2").orElseThrow());
            assertTrue(journal.exercise("nobody").isEmpty());
            assertEquals(List.of(), journal.entries("nobody"));
        }
    }

    @Test
    @DisplayName("exercise actors on their own threads append at once: nothing lost, nothing mixed up")
    void concurrentAppenders() throws InterruptedException {
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), 5)) {
            List<Thread> actors = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String id = "actor-" + i;
                journal.exerciseCreated(Recordings.running(id, i));
                actors.add(new Thread(() -> Recordings.entries(id, 2_500).forEach(journal::append)));
            }
            actors.forEach(Thread::start);
            for (Thread actor : actors) {
                actor.join();
            }
            journal.flush();
            for (int i = 0; i < 4; i++) {
                assertEquals(Recordings.entries("actor-" + i, 2_500), journal.entries("actor-" + i));
            }
        }
    }

    @Test
    @DisplayName("closed and opened again, the journal shows the same exercises and entries")
    void reopen() {
        String url = Databases.url(data);
        List<ExerciseRecord> before;
        try (JdbcJournal journal = JdbcJournal.open(url)) {
            journal.exerciseCreated(Recordings.running("a", 1));
            journal.exerciseCreated(Recordings.running("b", 2));
            Recordings.entries("a", 3_000).forEach(journal::append);
            Recordings.entries("b", 10).forEach(journal::append);
            journal.stateChanged("a", ExerciseRecord.FINISHED);
            journal.stateChanged("b", ExerciseRecord.STOPPED);
            before = journal.exercises();
            // no flush: close() stores what is queued
        }
        try (JdbcJournal journal = JdbcJournal.open(url)) {
            assertEquals(before, journal.exercises());
            assertEquals(Recordings.entries("a", 3_000), journal.entries("a"));
            assertEquals(Recordings.entries("b", 10), journal.entries("b"));
        }
    }

    @Test
    @DisplayName("what is still queued is already visible to a reader, before the writer stores it")
    void readersSeeTheQueue() {
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), 3_600_000)) {
            journal.exerciseCreated(Recordings.running("q", 1));
            Recordings.entries("q", 50).forEach(journal::append);
            journal.stateChanged("q", ExerciseRecord.PAUSED);

            assertEquals(0, journal.transactions(), "an hour's flush interval: nothing stored yet");
            assertEquals(52, journal.backlog());
            assertEquals(0, Databases.storedEntries(Databases.url(data), "q"));
            assertEquals(Recordings.entries("q", 50), journal.entries("q"));
            assertEquals(ExerciseRecord.PAUSED, journal.exercise("q").orElseThrow().state());
            assertEquals(List.of("q"), ids(journal.exercises()));
        }
    }

    @Test
    @DisplayName("read while the writer stores: always seq 1..n, each once, never a gap")
    void readingDuringWrites() throws InterruptedException {
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), 1)) {
            journal.exerciseCreated(Recordings.running("busy", 1));
            Thread actor = new Thread(() -> Recordings.entries("busy", 20_000).forEach(journal::append));
            actor.start();
            AtomicReference<String> wrong = new AtomicReference<>();
            int reads = 0;
            while (actor.isAlive() || reads < 3) {
                List<JournalEntry> seen = journal.entries("busy");
                for (int i = 0; i < seen.size(); i++) {
                    if (seen.get(i).seq() != i + 1) {
                        wrong.compareAndSet(null, "read " + reads + ": position " + i + " holds seq " + seen.get(i).seq());
                    }
                }
                reads++;
            }
            actor.join();
            assertEquals(null, wrong.get());
            journal.flush();
            assertEquals(20_000, journal.entries("busy").size());
        }
    }

    static List<String> ids(List<ExerciseRecord> exercises) {
        return exercises.stream().map(ExerciseRecord::id).toList();
    }
}

package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability bound, in behaviour: what the writer stored survives SIGKILL, and what a crash
 * loses is only the most recent stretch (a suffix in seq order), never something in the middle.
 */
@DisplayName("A trainer killed with SIGKILL")
class JournalCrashTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    @DisplayName("keeps everything the writer stored, including entries nobody flushed, once an interval has passed")
    void killedWhileIdle() throws Exception {
        String url = Databases.url(data);
        Process trainer = start(url, "then-wait");
        try (BufferedReader out = output(trainer)) {
            expect(out, "stored " + CrashingTrainer.FLUSHED);
            int appended = CrashingTrainer.FLUSHED + CrashingTrainer.MORE;
            expect(out, "appended " + appended);
            Databases.await("the writer to store the unflushed entries", PATIENCE,
                    () -> Databases.storedEntries(url, "doomed") == appended);
            kill(trainer);

            try (JdbcJournal journal = JdbcJournal.open(url)) {
                assertEquals(Recordings.entries("doomed", appended), journal.entries("doomed"));
                assertEquals(ExerciseRecord.INTERRUPTED, journal.exercise("doomed").orElseThrow().state());
            }
        } finally {
            trainer.destroyForcibly();
        }
    }

    @Test
    @DisplayName("mid-stream loses at most the latest entries: what is left is seq 1..n with no gap, n at least what was flushed")
    void killedMidStream() throws Exception {
        String url = Databases.url(data);
        Process trainer = start(url, "then-keep-going");
        try (BufferedReader out = output(trainer)) {
            expect(out, "stored " + CrashingTrainer.FLUSHED);
            expect(out, "appended " + (CrashingTrainer.FLUSHED + CrashingTrainer.MORE));
            kill(trainer);

            try (JdbcJournal journal = JdbcJournal.open(url)) {
                List<JournalEntry> kept = journal.entries("doomed");
                assertTrue(kept.size() >= CrashingTrainer.FLUSHED, "flushed entries survive: kept " + kept.size());
                assertEquals(Recordings.entries("doomed", kept.size()), kept, "a prefix, in order, without gaps");
                assertEquals(ExerciseRecord.INTERRUPTED, journal.exercise("doomed").orElseThrow().state());
            }
        } finally {
            trainer.destroyForcibly();
        }
    }

    private static Process start(String url, String then) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingTrainer.class.getName(),
                url, "50", then).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void expect(BufferedReader out, String line) throws IOException {
        String read = out.readLine();
        assertEquals(line, read, "the trainer's report");
    }

    /** SIGKILL: destroyForcibly on Linux; no shutdown hook, no close(). */
    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertEquals(137, process.exitValue(), "killed by SIGKILL");
    }
}

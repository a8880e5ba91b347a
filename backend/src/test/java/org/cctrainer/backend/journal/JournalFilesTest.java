package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Exporting and importing an exercise's journal as a file")
class JournalFilesTest {
    @TempDir
    Path data;

    @Test
    @DisplayName("export then import gives back the same exercise and the same entries")
    void roundTrip() throws Exception {
        ExerciseRecord exercise = Recordings.exercise("ex-1", 5, ExerciseRecord.FINISHED);
        List<JournalEntry> entries = Recordings.entries("ex-1", 3_000);
        JournalFiles.Imported imported = JournalFiles.read(new ByteArrayInputStream(export(exercise, entries)));
        assertEquals(exercise, imported.exercise());
        assertEquals(entries, imported.entries());
    }

    @Test
    @DisplayName("a trainer exports an exercise from one journal and another trainer imports it into theirs under a new id")
    void betweenTrainers() throws Exception {
        byte[] file;
        java.nio.file.Files.createDirectories(data.resolve("mine"));
        try (JdbcJournal mine = JdbcJournal.open(Databases.url(data.resolve("mine")), 50)) {
            mine.exerciseCreated(Recordings.running("outage-drill", 1));
            Recordings.entries("outage-drill", 800).forEach(mine::append);
            file = export(mine.exercise("outage-drill").orElseThrow(), mine.entries("outage-drill"));
        }
        try (JdbcJournal theirs = JdbcJournal.openDefault(data.resolve("theirs"))) {
            JournalFiles.Imported imported = JournalFiles.read(new ByteArrayInputStream(file)).asNew("imp-1");
            theirs.importExercise(imported.exercise(), imported.entries());

            ExerciseRecord record = theirs.exercise("imp-1").orElseThrow();
            assertEquals(ExerciseRecord.IMPORTED, record.origin());
            assertEquals(ExerciseRecord.INTERRUPTED, record.state(), "exported while running: nothing runs it here");
            assertEquals(Recordings.SCENARIO_YAML, record.scenarioYaml());
            assertEquals(42L, record.seed());
            List<JournalEntry> relabelled = Recordings.entries("outage-drill", 800).stream()
                    .map(e -> new JournalEntry("imp-1", e.seq(), e.t(), e.wallTime(), e.kind(), e.body())).toList();
            assertTrue(relabelled.equals(theirs.entries("imp-1")), "the 800 entries, under the new id");
            assertEquals(1, theirs.transactions(), "the record and its 800 entries in one transaction");
        }
    }

    @Test
    @DisplayName("importing an id that is already in the journal is refused and changes nothing")
    void idTaken() throws Exception {
        // An hour's flush interval: an import is written at once all the same, since its caller waits.
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), 3_600_000)) {
            journal.exerciseCreated(Recordings.exercise("taken", 1, ExerciseRecord.FINISHED));
            Recordings.entries("taken", 10).forEach(journal::append);
            journal.flush();

            ExerciseRecord other = Recordings.exercise("taken", 9, ExerciseRecord.STOPPED);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> journal.importExercise(other, Recordings.entries("taken", 50)));
            assertTrue(refused.getMessage().contains("already"), refused.getMessage());
            assertEquals(List.of(Recordings.exercise("taken", 1, ExerciseRecord.FINISHED)), journal.exercises());
            assertEquals(Recordings.entries("taken", 10), journal.entries("taken"));
            assertEquals(null, journal.problem(), "a refused import is not a database failure");
        }
    }

    @Test
    @DisplayName("the file is what docs/journal.md says: a header, one line per entry with the body as an object, "
            + "an end line with the count and the SHA-256 of every line before it")
    void layout() throws Exception {
        ExerciseRecord exercise = Recordings.exercise("ex-1", 5, ExerciseRecord.FINISHED);
        byte[] file = export(exercise, Recordings.entries("ex-1", 2));
        String text = new String(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        assertEquals(5, lines.length, "header, 2 entries, end line, and nothing after the last newline");
        assertEquals("", lines[4]);

        JsonNode header = JournalFiles.MAPPER.readTree(lines[0]);
        assertEquals("cc-trainer-journal", header.get("format").asText());
        assertEquals(1, header.get("version").asInt());
        assertEquals("ex-1", header.get("exercise").get("id").asText());
        assertTrue(header.get("exercise").has("cohort"), "every field is written, null or not");

        JsonNode entry = JournalFiles.MAPPER.readTree(lines[1]);
        assertEquals(List.of("seq", "t", "wallTime", "kind", "body"), List.copyOf(iterable(entry.fieldNames())));
        assertTrue(entry.get("body").isObject());
        assertEquals(1, entry.get("body").get("n").asInt());

        JsonNode end = JournalFiles.MAPPER.readTree(lines[3]).get("end");
        assertEquals(2, end.get("entries").asInt());
        byte[] covered = (lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(covered)),
                end.get("sha256").asText());

        assertEquals("morning-rush-ex-1.journal.jsonl", JournalFiles.fileName(exercise));
    }

    @Test
    @DisplayName("export refuses entries that import would refuse, so every export can be imported again")
    void exportRefusesWhatImportWould() {
        ExerciseRecord exercise = Recordings.exercise("ex-1", 5, ExerciseRecord.FINISHED);
        JournalEntry first = Recordings.entry("ex-1", 2);
        JournalEntry earlierSeq = Recordings.entry("ex-1", 1);
        JournalEntry backInTime = new JournalEntry("ex-1", 3, 0.5, first.wallTime(), "note", "{}");
        JournalEntry notAnObject = new JournalEntry("ex-1", 3, 9, first.wallTime(), "note", "[1,2]");
        JournalEntry otherExercise = Recordings.entry("ex-2", 3);
        for (List<JournalEntry> bad : List.of(List.of(first, earlierSeq), List.of(first, backInTime),
                List.of(first, notAnObject), List.of(first, otherExercise))) {
            assertThrows(IllegalArgumentException.class, () -> export(exercise, bad), bad.toString());
        }
    }

    static byte[] export(ExerciseRecord exercise, List<JournalEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalFiles.write(exercise, entries, out);
        return out.toByteArray();
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}

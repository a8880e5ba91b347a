package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("After a restart")
class JournalRestartTest {
    @TempDir
    Path data;

    @Test
    @DisplayName("exercises that were running or paused come back interrupted, their journal intact; the others as they were")
    void interruptedOnReopen() {
        String url = Databases.url(data);
        try (JdbcJournal journal = JdbcJournal.open(url)) {
            journal.exerciseCreated(Recordings.running("was-running", 1));
            journal.exerciseCreated(Recordings.running("was-paused", 2));
            journal.exerciseCreated(Recordings.running("was-finished", 3));
            journal.exerciseCreated(Recordings.running("was-stopped", 4));
            journal.stateChanged("was-paused", ExerciseRecord.PAUSED);
            journal.stateChanged("was-finished", ExerciseRecord.FINISHED);
            journal.stateChanged("was-stopped", ExerciseRecord.STOPPED);
            Recordings.entries("was-running", 500).forEach(journal::append);
        }
        try (JdbcJournal journal = JdbcJournal.open(url)) {
            assertEquals(Map.of("was-running", ExerciseRecord.INTERRUPTED, "was-paused", ExerciseRecord.INTERRUPTED,
                    "was-finished", ExerciseRecord.FINISHED, "was-stopped", ExerciseRecord.STOPPED), states(journal));
            assertEquals(ExerciseRecord.INTERRUPTED, journal.exercise("was-running").orElseThrow().state());
            assertEquals(Recordings.entries("was-running", 500), journal.entries("was-running"));

            journal.exerciseCreated(Recordings.running("new-today", 5));
            assertEquals(ExerciseRecord.RUNNING, journal.exercise("new-today").orElseThrow().state(),
                    "only what was found at opening is interrupted");
        }
    }

    @Test
    @DisplayName("the tables are made once: reopening keeps the data and one schema version row")
    void schemaOnce() throws SQLException {
        String url = Databases.url(data);
        for (int i = 0; i < 3; i++) {
            try (JdbcJournal journal = JdbcJournal.open(url)) {
                journal.exerciseCreated(Recordings.exercise("run-" + i, i, ExerciseRecord.FINISHED));
            }
        }
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
            assertEquals(JournalSchema.VERSION, rows.getInt(2));
        }
        try (JdbcJournal journal = JdbcJournal.open(url)) {
            assertEquals(3, journal.exercises().size());
        }
    }

    @Test
    @DisplayName("a journal written by a newer trainer (a higher schema version) is refused, not misread")
    void newerSchemaRefused() throws SQLException {
        String url = Databases.url(data);
        JdbcJournal.open(url).close();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01T00:00:00Z')");
        }
        JournalException refused = assertThrows(JournalException.class, () -> JdbcJournal.open(url));
        assertTrue(refused.getMessage().contains("version 99"), refused.getMessage());
    }

    @Test
    @DisplayName("the default journal is data/journal.db, the folder made if missing")
    void defaultLocation() {
        Path nested = data.resolve("not-yet/there");
        try (JdbcJournal journal = JdbcJournal.openDefault(nested)) {
            journal.exerciseCreated(Recordings.running("x", 1));
        }
        assertTrue(nested.resolve("journal.db").toFile().isFile());
    }

    private static Map<String, String> states(Journal journal) {
        return journal.exercises().stream().collect(Collectors.toMap(ExerciseRecord::id, ExerciseRecord::state));
    }
}

package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("When the database fails, the journal degrades and loses nothing")
class JournalFaultTest {
    private static final long AN_HOUR = 3_600_000;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    @DisplayName("locked by another process: problem() says so, appends still return and queue, "
            + "reads still work, and once the lock goes everything is stored")
    void lockedDatabase() throws SQLException {
        String url = Databases.url(data);
        try (JdbcJournal journal = JdbcJournal.open(url, 20)) {
            journal.exerciseCreated(Recordings.running("e", 1));
            List<JournalEntry> all = Recordings.entries("e", 2_100);
            all.subList(0, 100).forEach(journal::append);
            assertTrue(journal.flush(PATIENCE));

            try (Connection locker = DriverManager.getConnection(url); Statement lock = locker.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");

                all.subList(100, 1_100).forEach(journal::append);
                Databases.await("the journal to notice the lock", PATIENCE, () -> journal.problem() != null);
                assertTrue(journal.problem().startsWith("cannot write the journal: "), journal.problem());
                assertFalse(journal.problem().contains("\n"), "one line");

                all.subList(1_100, 2_100).forEach(journal::append);
                assertEquals(2_000, journal.backlog(), "nothing dropped, nothing written");
                assertEquals(all, journal.entries("e"), "readers see stored and queued entries alike");

                lock.execute("ROLLBACK");
            }

            assertTrue(journal.flush(PATIENCE));
            assertNull(journal.problem(), "cleared by the first batch that succeeds");
            assertEquals(0, journal.backlog());
            assertEquals(2_100, Databases.storedEntries(url, "e"));
        }
    }

    @Test
    @DisplayName("the connection is lost and the database stays away for a while: the writer reconnects "
            + "when it is back, and stores everything in order")
    void lostConnection() throws SQLException {
        String url = Databases.url(data);
        FaultySource database = new FaultySource(url);
        try (JdbcJournal journal = JdbcJournal.open(SqlDialect.SQLITE, database, "test", AN_HOUR, 1_000_000)) {
            journal.exerciseCreated(Recordings.running("e", 1));
            List<JournalEntry> all = Recordings.entries("e", 600);
            all.subList(0, 100).forEach(journal::append);
            assertTrue(journal.flush(PATIENCE));

            database.goDown();
            all.subList(100, 600).forEach(journal::append);
            journal.stateChanged("e", ExerciseRecord.FINISHED);
            assertFalse(journal.flush(Duration.ofMillis(200)), "nothing can be stored while the database is away");
            Databases.await("the journal to notice", PATIENCE, () -> journal.problem() != null);
            assertTrue(journal.problem().startsWith("cannot write the journal: "), journal.problem());
            assertEquals(501, journal.backlog());

            JournalException refused = assertThrows(JournalException.class, () -> journal.importExercise(
                    Recordings.exercise("imported", 1, ExerciseRecord.FINISHED), List.of()));
            assertTrue(refused.getMessage().contains("cannot store an import now"), refused.getMessage());

            database.comeBack();
            assertTrue(journal.flush(PATIENCE));
            assertNull(journal.problem());
            assertEquals(all, journal.entries("e"));
            assertEquals(ExerciseRecord.FINISHED, journal.exercise("e").orElseThrow().state());
            assertTrue(journal.exercise("imported").isEmpty());
        }
    }

    @Test
    @DisplayName("the queue is bounded: past the bound new entries are dropped, counted and reported until restart; "
            + "the rest is stored")
    void boundedQueue() {
        String url = Databases.url(data);
        FaultySource database = new FaultySource(url);
        try (JdbcJournal journal = JdbcJournal.open(SqlDialect.SQLITE, database, "test", AN_HOUR, 100)) {
            journal.exerciseCreated(Recordings.running("e", 1));
            Recordings.entries("e", 150).forEach(journal::append);
            journal.stateChanged("e", ExerciseRecord.FINISHED);

            assertEquals(51, journal.dropped(), "the record and 99 entries fit in 100; entry 100 on are dropped");
            assertEquals(101, journal.backlog(), "a state change is kept even past the bound");
            assertTrue(journal.problem().contains("51 journal entries were dropped"), journal.problem());

            assertTrue(journal.flush(PATIENCE));
            assertEquals(Recordings.entries("e", 99), journal.entries("e"));
            assertEquals(ExerciseRecord.FINISHED, journal.exercise("e").orElseThrow().state());
            assertTrue(journal.problem().contains("dropped"), "the loss is still reported after writes succeed");
        }
    }

    @Test
    @DisplayName("close() stores what is still queued")
    void closeStores() {
        String url = Databases.url(data);
        JdbcJournal journal = JdbcJournal.open(url, AN_HOUR);
        journal.exerciseCreated(Recordings.running("e", 1));
        Recordings.entries("e", 1_000).forEach(journal::append);
        journal.close();
        assertEquals(1_000, Databases.storedEntries(url, "e"));
    }
}

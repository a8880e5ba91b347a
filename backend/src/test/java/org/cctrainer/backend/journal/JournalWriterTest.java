package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The journal writer")
class JournalWriterTest {
    private static final long AN_HOUR = 3_600_000;

    @TempDir
    Path data;

    @Test
    @DisplayName("10,000 appends wait in memory and are then stored in a handful of transactions, not 10,000")
    void batches() {
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), AN_HOUR)) {
            journal.exerciseCreated(Recordings.running("day", 1));
            Recordings.entries("day", 10_000).forEach(journal::append);
            assertEquals(10_001, journal.backlog(), "append only queues");
            assertEquals(0, journal.transactions());

            journal.flush();
            assertEquals(0, journal.backlog());
            long batches = (10_001 + JdbcJournal.MAX_BATCH - 1) / JdbcJournal.MAX_BATCH;
            assertEquals(batches, journal.transactions());
            assertEquals(10_000, Databases.storedEntries(Databases.url(data), "day"));
        }
    }

    @Test
    @DisplayName("the writer stores by itself every flush interval: nobody needs to call flush()")
    void storesOnItsOwn() {
        String url = Databases.url(data);
        try (JdbcJournal journal = JdbcJournal.open(url, 20)) {
            journal.exerciseCreated(Recordings.running("quiet", 1));
            journal.append(Recordings.entry("quiet", 1));
            Databases.await("the entry stored without flush()", Duration.ofSeconds(30),
                    () -> Databases.storedEntries(url, "quiet") == 1);
            assertEquals(0, journal.backlog());
        }
    }

    @Test
    @DisplayName("it is one daemon thread named journal-writer, and it ends with close()")
    void oneDaemonThread() throws InterruptedException {
        List<Thread> before = writers();
        JdbcJournal journal = JdbcJournal.open(Databases.url(data));
        List<Thread> started = new java.util.ArrayList<>(writers());
        started.removeAll(before);
        assertEquals(1, started.size(), "one writer per journal");
        Thread writer = started.get(0);
        assertTrue(writer.isDaemon(), "it never keeps the JVM alive");
        journal.close();
        writer.join(60_000);
        assertFalse(writer.isAlive());
    }

    @Test
    @DisplayName("an entry the database already has (a retried batch, a seq given twice) is skipped, not stored twice")
    void alreadyStored() {
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), AN_HOUR)) {
            journal.exerciseCreated(Recordings.running("twice", 1));
            journal.append(Recordings.entry("twice", 1));
            journal.flush();
            journal.append(Recordings.entry("twice", 1));
            journal.append(Recordings.entry("twice", 2));
            journal.flush();
            assertEquals(Recordings.entries("twice", 2), journal.entries("twice"));
            assertEquals(1, journal.alreadyStored());
            assertEquals(null, journal.problem(), "a duplicate is not a database failure");
        }
    }

    @Test
    @DisplayName("entries the database would refuse are refused at once, to the caller, and never queued")
    void refusedAtTheDoor() {
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), AN_HOUR)) {
            JournalEntry good = Recordings.entry("x", 1);
            assertThrows(IllegalArgumentException.class, () -> journal.append(
                    new JournalEntry("x", 1, 1, good.wallTime(), "gossip", good.body())));
            assertThrows(IllegalArgumentException.class, () -> journal.append(
                    new JournalEntry("x", 1, Double.NaN, good.wallTime(), "note", good.body())));
            assertThrows(IllegalArgumentException.class, () -> journal.append(
                    new JournalEntry("x", 1, 1, good.wallTime(), "note", null)));
            assertThrows(IllegalArgumentException.class, () -> journal.append(
                    new JournalEntry(null, 1, 1, good.wallTime(), "note", good.body())));
            assertThrows(IllegalArgumentException.class, () -> journal.stateChanged("x", "sleeping"));
            assertThrows(IllegalArgumentException.class, () -> journal.exerciseCreated(
                    Recordings.exercise("x", 1, "sleeping")));
            assertEquals(0, journal.backlog());
        }
    }

    @Test
    @DisplayName("flush with a timeout says whether everything got stored")
    void flushWithTimeout() {
        try (JdbcJournal journal = JdbcJournal.open(Databases.url(data), AN_HOUR)) {
            journal.exerciseCreated(Recordings.running("t", 1));
            Recordings.entries("t", 100).forEach(journal::append);
            assertTrue(journal.flush(Duration.ofMinutes(1)));
            assertEquals(0, journal.backlog());
        }
    }

    @Test
    @DisplayName("after close, appending is a bug and says so; reading too")
    void closed() {
        JdbcJournal journal = JdbcJournal.open(Databases.url(data));
        journal.close();
        journal.close();
        assertThrows(IllegalStateException.class, () -> journal.append(Recordings.entry("late", 1)));
        assertThrows(IllegalStateException.class, journal::exercises);
    }

    private static List<Thread> writers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("journal-writer") && thread.isAlive()).toList();
    }
}

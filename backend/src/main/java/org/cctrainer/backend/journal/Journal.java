package org.cctrainer.backend.journal;

import java.util.List;
import java.util.Optional;

/**
 * Every exercise's record, in order: what it ran (scenario text, seed, software version), and
 * each command with its result, injected incident, alert, centre event, score, trainer note,
 * state change and minute sample, with virtual and wall time. Replays and debriefs are built
 * from it; nothing recorded may be lost beyond the documented flush interval.
 *
 * <p>Writing never blocks the caller: {@link #append} buffers, and a writer thread stores the
 * buffer in batches every flush interval. Reading blocks: call it from a worker, never from an
 * event loop. Implementations are thread-safe.
 */
public interface Journal extends AutoCloseable {

    /** A new exercise. Written (in order) before any of its entries. */
    void exerciseCreated(ExerciseRecord exercise);

    /** Appends one entry; returns at once. Entries of one exercise must arrive in seq order. */
    void append(JournalEntry entry);

    /** The exercise's state changed (running, paused, finished, stopped): kept on its record. */
    void stateChanged(String exercise, String state);

    /** Blocks until everything appended so far is stored (tests, shutdown). */
    void flush();

    /** Null while writing works; otherwise what went wrong last (the trainer then says it is degraded). */
    String problem();

    /** Entries waiting to be written: the backlog a metric shows. */
    int backlog();

    /** Every exercise recorded, newest first. */
    List<ExerciseRecord> exercises();

    Optional<ExerciseRecord> exercise(String id);

    /** An exercise's entries in seq order. */
    List<JournalEntry> entries(String exercise);

    /** Stores an imported exercise and its entries at once (already validated); its id must be new. */
    void importExercise(ExerciseRecord exercise, List<JournalEntry> entries);

    /** Told of each batch stored (on the writer thread: it must not block): how many entries, how long. */
    interface WriteObserver {
        void batchWritten(int entries, long nanos);
    }

    /** Reports each stored batch to {@code observer} (the write-latency metric); by default nobody listens. */
    default void observeWrites(WriteObserver observer) {
    }

    /** Flushes and releases the database. */
    @Override
    void close();
}

package org.cctrainer.backend.journal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** One thing waiting in the write queue. They are written in the order they were queued. */
sealed interface JournalOp {

    record Created(ExerciseRecord exercise) implements JournalOp {
    }

    record Appended(JournalEntry entry) implements JournalOp {
    }

    record StateChanged(String exercise, String state) implements JournalOp {
    }

    /**
     * An import, written in a transaction of its own. The caller waits for {@link #done}; if it
     * gives up first it {@link #abandon abandons} the task, and the writer then skips it, so the
     * caller's "it failed" is never followed by a silent success.
     */
    final class Import implements JournalOp {
        private static final int WAITING = 0;
        private static final int STARTED = 1;
        private static final int ABANDONED = 2;

        final ExerciseRecord exercise;
        final List<JournalEntry> entries;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final AtomicInteger phase = new AtomicInteger(WAITING);

        Import(ExerciseRecord exercise, List<JournalEntry> entries) {
            this.exercise = exercise;
            this.entries = List.copyOf(entries);
        }

        /** The writer's claim: false if the caller gave up. */
        boolean start() {
            return phase.compareAndSet(WAITING, STARTED);
        }

        /** The caller's give-up: false if the writer already started (then wait for it to finish). */
        boolean abandon() {
            return phase.compareAndSet(WAITING, ABANDONED);
        }
    }
}

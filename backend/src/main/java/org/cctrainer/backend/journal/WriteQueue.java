package org.cctrainer.backend.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * What the journal has been given and not yet stored, in order. Callers add at the tail and never
 * wait; the writer copies a batch from the head, writes it, and only then removes it, so a failed
 * write leaves the queue as it was and readers can always see everything not yet stored.
 *
 * <p>Bounded for entries only: beyond {@code maxEntries} a new entry is dropped and counted
 * (memory must not grow without end while the database is down). Exercise records, state changes
 * and imports are always admitted: they are few, and an entry is worthless without its record.
 */
final class WriteQueue {
    private final ReentrantLock lock = new ReentrantLock();
    /** The writer waits on this: work to do, a flush asked for, or closing. */
    private final Condition wake = lock.newCondition();
    /** Flushers wait on this: something stored, or the writer gone. */
    private final Condition progress = lock.newCondition();

    private final ArrayDeque<JournalOp> ops = new ArrayDeque<>();
    private final int maxEntries;
    private long queued;
    private long stored;
    private long dropped;
    private long flushRequests;
    private boolean closing;
    private boolean writerGone;

    WriteQueue(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Queues an entry unless the queue is full; false means it was dropped. */
    boolean offerEntry(JournalOp.Appended op) {
        lock.lock();
        try {
            refuseIfClosing();
            if (ops.size() >= maxEntries) {
                dropped++;
                return false;
            }
            add(op);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Queues anything but an entry: never refused for size. */
    void offer(JournalOp op) {
        lock.lock();
        try {
            refuseIfClosing();
            add(op);
            if (op instanceof JournalOp.Import) {
                // Someone waits for it: write now rather than at the next interval.
                flushRequests++;
                wake.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void add(JournalOp op) {
        ops.addLast(op);
        queued++;
    }

    private void refuseIfClosing() {
        if (closing) {
            throw new IllegalStateException("the journal is closed");
        }
    }

    /**
     * The oldest ops, up to {@code max}, left in the queue. An import travels alone: a batch
     * stops before one, and one at the head is returned by itself.
     */
    List<JournalOp> peekBatch(int max) {
        lock.lock();
        try {
            List<JournalOp> batch = new ArrayList<>(Math.min(max, ops.size()));
            for (JournalOp op : ops) {
                if (batch.size() == max) {
                    break;
                }
                if (op instanceof JournalOp.Import) {
                    if (batch.isEmpty()) {
                        batch.add(op);
                    }
                    break;
                }
                batch.add(op);
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** The writer stored the oldest {@code count} ops. */
    void removeStored(int count) {
        lock.lock();
        try {
            for (int i = 0; i < count; i++) {
                ops.removeFirst();
            }
            stored += count;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A copy of the waiting ops that match, in order (for readers). */
    <T extends JournalOp> List<T> snapshot(Class<T> type, Predicate<T> filter) {
        lock.lock();
        try {
            List<T> found = new ArrayList<>();
            for (JournalOp op : ops) {
                if (type.isInstance(op) && filter.test(type.cast(op))) {
                    found.add(type.cast(op));
                }
            }
            return found;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return ops.size();
        } finally {
            lock.unlock();
        }
    }

    long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asks the writer to write now, even while it waits out a backoff, and returns the mark that
     * {@link #awaitStored} waits for: everything queued so far.
     */
    long requestFlush() {
        lock.lock();
        try {
            flushRequests++;
            wake.signal();
            return queued;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until everything up to the mark is stored; false on timeout or when the writer has gone. */
    boolean awaitStored(long mark, long timeoutNanos) throws InterruptedException {
        lock.lock();
        try {
            long left = timeoutNanos;
            while (stored < mark) {
                if (writerGone || left <= 0) {
                    return false;
                }
                left = progress.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The writer's wait: until {@code deadline} (System.nanoTime), a flush request newer than
     * {@code seenFlushRequests}, or closing (unless it is backing off: closing does not skip a
     * backoff). Returns the flush-request count to pass next time.
     */
    long awaitWork(long deadline, long seenFlushRequests, boolean backingOff) throws InterruptedException {
        lock.lock();
        try {
            while (flushRequests == seenFlushRequests && !(closing && !backingOff)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wake.awaitNanos(left);
            }
            return flushRequests;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closing = true;
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    boolean closing() {
        lock.lock();
        try {
            return closing;
        } finally {
            lock.unlock();
        }
    }

    void writerGone() {
        lock.lock();
        try {
            writerGone = true;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    static long nanos(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}

package org.cctrainer.backend.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The journal on a JDBC database: SQLite by default (a file under the data folder), PostgreSQL by
 * configuration. See docs/journal.md for the schema, the durability bound and degraded mode.
 *
 * <p>Writes: {@link #exerciseCreated}, {@link #append} and {@link #stateChanged} put an op on an
 * in-memory queue and return. One daemon thread, "journal-writer", wakes every flush interval and
 * writes everything queued, in order, in transactions of up to {@value #MAX_BATCH} ops. When the
 * database fails the ops stay queued, {@link #problem()} says why, and the writer retries after
 * 0.5 s, doubling to 10 s; the first success clears the problem. Past {@code maxBacklog} queued
 * ops new entries are dropped and counted (records and state changes are always kept), and
 * {@link #problem()} reports the loss until the trainer restarts.
 *
 * <p>Reads go to the database on a second connection and are overlaid with what is still queued,
 * so a reader sees everything given to the journal so far without waiting for the writer (and
 * still works while writes fail, as long as the database can be read).
 */
public final class JdbcJournal implements Journal {
    public static final long DEFAULT_FLUSH_MILLIS = 250;
    /** About 0.5 GB of queued entries at a few hundred bytes each; at the ~100 entries/s of a busy exercise, hours of outage. */
    public static final int DEFAULT_MAX_BACKLOG = 1_000_000;
    /** Ops per transaction: bounds a transaction's size after a long outage. */
    static final int MAX_BATCH = 5_000;
    /** How long close() keeps trying to store what is queued while the database fails. */
    static final long CLOSE_GRACE_MILLIS = 10_000;
    /** How long an import waits for the writer before it gives up (and is then never stored). */
    static final long IMPORT_WAIT_MILLIS = 60_000;

    private static final System.Logger LOG = System.getLogger(JdbcJournal.class.getName());

    private final String where;
    private final SqlDialect dialect;
    private final ConnectionSource source;
    private final long flushNanos;
    private final WriteQueue queue;
    private final Thread writer;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong alreadyStored = new AtomicLong();
    private volatile String writeProblem;
    private volatile long closeDeadline;

    /** Only the writer thread touches these. */
    private Connection writeConnection;
    private final Backoff backoff = new Backoff();

    /** Guarded by itself: readers take turns on one connection. */
    private final Object readLock = new Object();
    private Connection readConnection;

    private JdbcJournal(String where, SqlDialect dialect, ConnectionSource source, Connection readConnection,
                        long flushMillis, int maxBacklog) {
        this.where = where;
        this.dialect = dialect;
        this.source = source;
        this.readConnection = readConnection;
        this.flushNanos = TimeUnit.MILLISECONDS.toNanos(flushMillis);
        this.queue = new WriteQueue(maxBacklog);
        this.writer = new Thread(this::runWriter, "journal-writer");
        writer.setDaemon(true);
    }

    /** The embedded default's URL: {@code journal.db} in the data folder. */
    public static String sqliteUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("journal.db").toAbsolutePath();
    }

    /** The embedded default: SQLite in {@code dataDir/journal.db} (the folder is created), flushed every 250 ms. */
    public static JdbcJournal openDefault(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        }
        return open(sqliteUrl(dataDir));
    }

    public static JdbcJournal open(String url) {
        return open(url, DEFAULT_FLUSH_MILLIS);
    }

    /**
     * Opens (creating the tables if missing) and starts the writer. Exercises found running or
     * paused are marked interrupted: the trainer that ran them is gone. (In a cluster another live
     * node may own one; that needs an owner and a lease, a later issue.)
     *
     * @param url         {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB?user=..&password=..}
     * @param flushMillis how often the writer stores the queue: the bound on what a crash loses
     * @throws JournalException if the database cannot be opened or its schema is newer than this trainer's
     */
    public static JdbcJournal open(String url, long flushMillis) {
        return open(url, flushMillis, DEFAULT_MAX_BACKLOG);
    }

    public static JdbcJournal open(String url, long flushMillis, int maxBacklog) {
        return open(SqlDialect.forUrl(url), ConnectionSource.of(url), SqlDialect.redact(url), flushMillis, maxBacklog, true);
    }

    /**
     * Opens a journal shared by a cluster: exercises found running are left alone (another node
     * may be running them). The cluster marks the exercises of a node that left, and the first
     * node up marks every leftover with {@link #markRunningInterrupted()}.
     */
    public static JdbcJournal openShared(String url, long flushMillis) {
        return open(SqlDialect.forUrl(url), ConnectionSource.of(url), SqlDialect.redact(url), flushMillis,
                DEFAULT_MAX_BACKLOG, false);
    }

    /** Marks every exercise recorded as running or paused as interrupted; returns their ids. Blocks. */
    public List<String> markRunningInterrupted() {
        flush();
        try (Connection connection = connect(dialect, source)) {
            return JournalReader.markInterrupted(connection);
        } catch (SQLException e) {
            throw new JournalException("cannot mark interrupted exercises: " + oneLine(e), e);
        }
    }

    static JdbcJournal open(SqlDialect dialect, ConnectionSource source, String where, long flushMillis, int maxBacklog) {
        return open(dialect, source, where, flushMillis, maxBacklog, true);
    }

    static JdbcJournal open(SqlDialect dialect, ConnectionSource source, String where, long flushMillis, int maxBacklog,
                            boolean markInterrupted) {
        if (flushMillis <= 0) {
            throw new IllegalArgumentException("the flush interval must be positive, got " + flushMillis + " ms");
        }
        if (maxBacklog <= 0) {
            throw new IllegalArgumentException("the backlog bound must be positive, got " + maxBacklog);
        }
        Connection connection = null;
        try {
            connection = connect(dialect, source);
            JournalSchema.ensure(connection);
            List<String> interrupted = markInterrupted ? JournalReader.markInterrupted(connection) : List.of();
            LOG.log(System.Logger.Level.INFO, "journal: {0} at {1}, stored every {2} ms", dialect, where,
                    String.valueOf(flushMillis));
            if (!interrupted.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "journal: {0} exercise(s) were running or paused when the "
                        + "trainer last stopped; now marked interrupted: {1}", String.valueOf(interrupted.size()),
                        String.join(", ", interrupted));
            }
            JdbcJournal journal = new JdbcJournal(where, dialect, source, connection, flushMillis, maxBacklog);
            journal.writer.start();
            return journal;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof JournalException) {
                throw (JournalException) e;
            }
            throw new JournalException("cannot open the journal at " + where + ": " + oneLine(e), e);
        }
    }

    private static Connection connect(SqlDialect dialect, ConnectionSource source) throws SQLException {
        Connection connection = source.open();
        try (Statement statement = connection.createStatement()) {
            for (String setup : dialect.connectionSetup()) {
                statement.execute(setup);
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        return connection;
    }

    // ---- writing: callers only queue -------------------------------------------------------

    @Override
    public void exerciseCreated(ExerciseRecord exercise) {
        require(exercise != null, "an exercise record is required");
        require(exercise.id() != null, "the exercise record has no id");
        require(ExerciseRecord.STATES.contains(exercise.state()), "unknown exercise state " + exercise.state());
        queue.offer(new JournalOp.Created(exercise));
    }

    /**
     * Queues the entry and returns. Refuses (IllegalArgumentException) an entry the database
     * would refuse, here rather than in a batch that would then fail for ever; drops it (counted,
     * see {@link #problem()}) if the queue is full.
     */
    @Override
    public void append(JournalEntry entry) {
        require(entry != null, "an entry is required");
        require(entry.exercise() != null, "the entry names no exercise");
        require(JournalEntry.KINDS.contains(entry.kind()), "unknown entry kind " + entry.kind());
        require(Double.isFinite(entry.t()), "the entry's time is not finite: " + entry.t());
        require(entry.wallTime() != null, "the entry has no wall time");
        require(entry.body() != null, "the entry has no body");
        if (!queue.offerEntry(new JournalOp.Appended(entry))) {
            long dropped = queue.dropped();
            if (dropped == 1 || dropped % 100_000 == 0) {
                LOG.log(System.Logger.Level.ERROR, "journal: the write queue is full; {0} entries dropped so far", String.valueOf(dropped));
            }
        }
    }

    @Override
    public void stateChanged(String exercise, String state) {
        require(exercise != null, "the state change names no exercise");
        require(ExerciseRecord.STATES.contains(state), "unknown exercise state " + state);
        queue.offer(new JournalOp.StateChanged(exercise, state));
    }

    /** Blocks until everything queued when called is stored (for as long as the database fails). */
    @Override
    public void flush() {
        flush(Duration.ofMillis(Long.MAX_VALUE));
    }

    /**
     * Asks the writer to store the queue now (skipping a backoff wait) and waits up to
     * {@code timeout}. False if it timed out, the writer has stopped, or the thread was interrupted.
     */
    public boolean flush(Duration timeout) {
        long mark = queue.requestFlush();
        try {
            long nanos = timeout.compareTo(Duration.ofDays(365 * 100)) > 0 ? Long.MAX_VALUE : timeout.toNanos();
            return queue.awaitStored(mark, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Null while writing works. Otherwise one line: the last write failure (cleared by the next
     * successful batch) and, once the queue has overflowed, how many entries were dropped (kept
     * until restart: those recordings have gaps).
     */
    @Override
    public String problem() {
        String failure = writeProblem;
        long dropped = queue.dropped();
        if (dropped == 0) {
            return failure;
        }
        String loss = dropped + " journal entries were dropped because the write queue was full; recordings have gaps";
        return failure == null ? loss : failure + "; " + loss;
    }

    @Override
    public int backlog() {
        return queue.size();
    }

    /** Transactions committed so far (batches and imports): for tests and metrics. */
    public long transactions() {
        return transactions.get();
    }

    /** Entries dropped because the queue was full. */
    public long dropped() {
        return queue.dropped();
    }

    /** Queued entries the database already had (a retried batch, or a seq appended twice): skipped, not stored twice. */
    public long alreadyStored() {
        return alreadyStored.get();
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * Stores an imported exercise and its entries in one transaction, through the writer (so the
     * database keeps one writer). Entries are stored under {@code exercise.id()} whatever their own
     * exercise field says. Waits for the writer up to a minute.
     *
     * @throws IllegalArgumentException if the id is already in the journal (nothing stored)
     * @throws JournalException if writes are failing, or the database refused it (nothing stored)
     */
    @Override
    public void importExercise(ExerciseRecord exercise, List<JournalEntry> entries) {
        require(exercise != null && exercise.id() != null, "the imported exercise has no id");
        require(ExerciseRecord.STATES.contains(exercise.state()), "unknown exercise state " + exercise.state());
        require(entries != null, "the imported entries are required");
        String failing = writeProblem;
        if (failing != null) {
            throw new JournalException("the journal cannot store an import now: " + failing);
        }
        JournalOp.Import task = new JournalOp.Import(exercise, entries);
        queue.offer(task);
        try {
            try {
                task.done.get(IMPORT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (task.abandon()) {
                    throw new JournalException("the journal is busy; the import was not stored, try again", e);
                }
                task.done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (task.abandon()) {
                throw new JournalException("interrupted; the import was not stored", e);
            }
            throw new JournalException("interrupted while the import was being stored; see whether it is listed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new JournalException("the import failed: " + oneLine(cause), cause);
        }
    }

    // ---- the writer thread -----------------------------------------------------------------

    private void runWriter() {
        long seenFlushRequests = 0;
        long nextCycle = System.nanoTime() + flushNanos;
        long retryAt = 0;
        boolean backingOff = false;
        try {
            while (true) {
                seenFlushRequests = queue.awaitWork(backingOff ? retryAt : nextCycle, seenFlushRequests, backingOff);
                // The next cycle counts from this one's start, so an op waits at most one interval.
                nextCycle = System.nanoTime() + flushNanos;
                backingOff = !drain();
                if (backingOff) {
                    retryAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff.nextMillis());
                }
                if (queue.closing()) {
                    int left = queue.size();
                    if (left == 0) {
                        break;
                    }
                    if (System.nanoTime() - closeDeadline > 0) {
                        LOG.log(System.Logger.Level.ERROR, "journal: closed with {0} ops not stored: {1}",
                                String.valueOf(left), writeProblem);
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            LOG.log(System.Logger.Level.ERROR, "journal: the writer was stopped with {0} ops not stored",
                    String.valueOf(queue.size()));
        } catch (Throwable e) {
            // drain() catches database failures; this is a bug or the JVM running out of memory.
            writeProblem = "the journal writer stopped: " + oneLine(e);
            LOG.log(System.Logger.Level.ERROR, "journal: the writer stopped", e);
        } finally {
            closeQuietly(writeConnection);
            writeConnection = null;
            queue.writerGone();
        }
    }

    /** Writes everything queued, batch by batch. False when the database failed (the rest stays queued). */
    private volatile Journal.WriteObserver writeObserver = (entries, nanos) -> { };

    @Override
    public void observeWrites(Journal.WriteObserver observer) {
        this.writeObserver = observer;
    }

    private boolean drain() {
        while (true) {
            List<JournalOp> batch = queue.peekBatch(MAX_BATCH);
            if (batch.isEmpty()) {
                return true;
            }
            if (batch.get(0) instanceof JournalOp.Import) {
                runImport((JournalOp.Import) batch.get(0));
                queue.removeStored(1);
                continue;
            }
            try {
                long started = System.nanoTime();
                int skipped = BatchWriter.write(writeConnection(), batch);
                writeObserver.batchWritten(batch.size(), System.nanoTime() - started);
                transactions.incrementAndGet();
                if (skipped > 0) {
                    alreadyStored.addAndGet(skipped);
                    LOG.log(System.Logger.Level.WARNING, "journal: {0} entries were already stored and were skipped "
                            + "(a batch retried after a lost commit answer, or a seq appended twice)", String.valueOf(skipped));
                }
                recovered(); // before the removal wakes a flusher, who may ask problem() next
                queue.removeStored(batch.size());
            } catch (SQLException | RuntimeException e) {
                failed(e);
                return false;
            }
        }
    }

    /** An import is the caller's to retry: its failure is reported to it and never retried here. */
    private void runImport(JournalOp.Import task) {
        if (!task.start()) {
            return;
        }
        try {
            BatchWriter.importExercise(writeConnection(), task.exercise, task.entries);
            transactions.incrementAndGet();
            task.done.complete(null);
        } catch (IllegalArgumentException e) {
            task.done.completeExceptionally(e);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writeConnection);
            writeConnection = null;
            task.done.completeExceptionally(new JournalException("the import was not stored: " + oneLine(e), e));
        }
    }

    private Connection writeConnection() throws SQLException {
        if (writeConnection == null) {
            writeConnection = connect(dialect, source);
        }
        return writeConnection;
    }

    private void failed(Exception e) {
        String problem = "cannot write the journal: " + oneLine(e);
        if (!problem.equals(writeProblem)) {
            LOG.log(System.Logger.Level.WARNING, "journal: {0} ({1} ops waiting; retrying)", problem,
                    String.valueOf(queue.size()));
        }
        writeProblem = problem;
        // A new connection next time: the cure for a lost connection, and harmless otherwise.
        closeQuietly(writeConnection);
        writeConnection = null;
    }

    private void recovered() {
        if (writeProblem != null) {
            LOG.log(System.Logger.Level.INFO, "journal: writes work again; {0} ops still waiting", String.valueOf(queue.size()));
            writeProblem = null;
        }
        backoff.reset();
    }

    // ---- reading ---------------------------------------------------------------------------

    @Override
    public List<ExerciseRecord> exercises() {
        List<JournalOp> pending = pendingRecordOps(id -> true);
        List<ExerciseRecord> stored = read(JournalReader::exercises);
        List<ExerciseRecord> all = new ArrayList<>(overlay(stored, pending).values());
        all.sort(NEWEST_FIRST);
        return all;
    }

    @Override
    public Optional<ExerciseRecord> exercise(String id) {
        require(id != null, "an exercise id is required");
        List<JournalOp> pending = pendingRecordOps(id::equals);
        List<ExerciseRecord> stored = read(connection -> JournalReader.exercise(connection, id));
        return Optional.ofNullable(overlay(stored, pending).get(id));
    }

    @Override
    public List<JournalEntry> entries(String exercise) {
        require(exercise != null, "an exercise id is required");
        // Snapshot the queue before querying: an op the writer stores in between is then seen
        // twice (and merged by seq), never missed.
        List<JournalOp.Appended> pending = queue.snapshot(JournalOp.Appended.class,
                op -> op.entry().exercise().equals(exercise));
        List<JournalEntry> stored = read(connection -> JournalReader.entries(connection, exercise));
        if (pending.isEmpty()) {
            return stored;
        }
        TreeMap<Long, JournalEntry> bySeq = new TreeMap<>();
        for (JournalEntry entry : stored) {
            bySeq.put(entry.seq(), entry);
        }
        for (JournalOp.Appended op : pending) {
            bySeq.putIfAbsent(op.entry().seq(), op.entry());
        }
        return List.copyOf(bySeq.values());
    }

    private List<JournalOp> pendingRecordOps(java.util.function.Predicate<String> exercise) {
        return queue.snapshot(JournalOp.class, op -> (op instanceof JournalOp.Created
                && exercise.test(((JournalOp.Created) op).exercise().id()))
                || (op instanceof JournalOp.StateChanged && exercise.test(((JournalOp.StateChanged) op).exercise())));
    }

    /** Stored records with the queued creations and state changes applied on top, in queue order. */
    private static Map<String, ExerciseRecord> overlay(List<ExerciseRecord> stored, List<JournalOp> pending) {
        Map<String, ExerciseRecord> byId = new LinkedHashMap<>();
        for (ExerciseRecord record : stored) {
            byId.put(record.id(), record);
        }
        for (JournalOp op : pending) {
            if (op instanceof JournalOp.Created) {
                ExerciseRecord created = ((JournalOp.Created) op).exercise();
                byId.putIfAbsent(created.id(), created);
            } else if (op instanceof JournalOp.StateChanged) {
                JournalOp.StateChanged change = (JournalOp.StateChanged) op;
                byId.computeIfPresent(change.exercise(), (id, record) -> record.withState(change.state()));
            }
        }
        return byId;
    }

    /** Newest first by creation instant (text order is wrong for instants with fractions of a second), then by id. */
    private static final Comparator<ExerciseRecord> NEWEST_FIRST = Comparator
            .comparing((ExerciseRecord record) -> createdInstant(record), Comparator.reverseOrder())
            .thenComparing(ExerciseRecord::id);

    private static Instant createdInstant(ExerciseRecord record) {
        try {
            return record.createdAt() == null ? Instant.MIN : Instant.parse(record.createdAt());
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        synchronized (readLock) {
            if (closed.get()) {
                throw new IllegalStateException("the journal is closed");
            }
            try {
                return query.run(readConnection());
            } catch (SQLException first) {
                // Once more on a new connection: the cure for one the database dropped.
                closeQuietly(readConnection);
                readConnection = null;
                try {
                    return query.run(readConnection());
                } catch (SQLException e) {
                    closeQuietly(readConnection);
                    readConnection = null;
                    throw new JournalException("cannot read the journal: " + oneLine(e), e);
                }
            }
        }
    }

    /** Called holding readLock. */
    private Connection readConnection() throws SQLException {
        if (readConnection == null) {
            readConnection = connect(dialect, source);
        }
        return readConnection;
    }

    // ---- closing ---------------------------------------------------------------------------

    /**
     * Stores what is queued and releases the database. While the database fails it keeps trying
     * for {@value #CLOSE_GRACE_MILLIS} ms, then gives up and logs how many ops were not stored.
     * Appending after close is a bug and throws IllegalStateException.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_GRACE_MILLIS);
        queue.close();
        try {
            writer.join(CLOSE_GRACE_MILLIS + Backoff.MAX_MILLIS);
            if (writer.isAlive()) {
                writer.interrupt();
                writer.join(Backoff.MAX_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (readLock) {
            closeQuietly(readConnection);
            readConnection = null;
        }
    }

    @Override
    public String toString() {
        return "JdbcJournal[" + dialect + " " + where + "]";
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException ignored) {
                // Closing a broken connection may fail too; there is nothing left to do with it.
            }
        }
    }
}

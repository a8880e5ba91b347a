package org.cctrainer.backend.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The journal's writes, each a single transaction on the writer's connection.
 *
 * <p>Queued rows are inserted with {@code ON CONFLICT DO NOTHING}: when a commit's answer is
 * lost (a connection dropped just after COMMIT), the writer retries a batch that may already
 * be stored, and the retry must neither fail for ever nor store a row twice.
 */
final class BatchWriter {
    private static final String EXERCISE_COLUMNS = "(id, scenario_id, scenario_title, scenario_yaml, seed, "
            + "software_version, created_at, state, cohort, trainee, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ENTRY_COLUMNS = "(exercise_id, seq, t, wall_time, kind, body) VALUES (?, ?, ?, ?, ?, ?)";

    static final String INSERT_EXERCISE = "INSERT INTO exercises " + EXERCISE_COLUMNS + " ON CONFLICT (id) DO NOTHING";
    static final String INSERT_ENTRY = "INSERT INTO entries " + ENTRY_COLUMNS + " ON CONFLICT (exercise_id, seq) DO NOTHING";
    static final String UPDATE_STATE = "UPDATE exercises SET state = ? WHERE id = ?";
    /** Imports insert plainly: a clash there is an error to report, not a retry to absorb. */
    static final String IMPORT_EXERCISE = "INSERT INTO exercises " + EXERCISE_COLUMNS;
    static final String IMPORT_ENTRY = "INSERT INTO entries " + ENTRY_COLUMNS;

    private BatchWriter() {
    }

    /**
     * Writes queued ops in order in one transaction: consecutive ops of one kind go in one JDBC
     * batch, and a change of kind sends the batch before it, so an exercise's record is always
     * inserted before its state changes. Returns how many entries were already stored.
     */
    static int write(Connection connection, List<JournalOp> ops) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement exercises = connection.prepareStatement(INSERT_EXERCISE);
             PreparedStatement entries = connection.prepareStatement(INSERT_ENTRY);
             PreparedStatement states = connection.prepareStatement(UPDATE_STATE)) {
            int alreadyStored = 0;
            PreparedStatement open = null;
            for (JournalOp op : ops) {
                PreparedStatement target;
                if (op instanceof JournalOp.Created) {
                    target = exercises;
                    bindExercise(exercises, ((JournalOp.Created) op).exercise());
                } else if (op instanceof JournalOp.Appended) {
                    target = entries;
                    bindEntry(entries, ((JournalOp.Appended) op).entry(), ((JournalOp.Appended) op).entry().exercise());
                } else if (op instanceof JournalOp.StateChanged) {
                    target = states;
                    states.setString(1, ((JournalOp.StateChanged) op).state());
                    states.setString(2, ((JournalOp.StateChanged) op).exercise());
                } else {
                    throw new IllegalArgumentException("not a batch op: " + op);
                }
                if (open != null && open != target) {
                    alreadyStored += send(open, entries);
                }
                target.addBatch();
                open = target;
            }
            if (open != null) {
                alreadyStored += send(open, entries);
            }
            connection.commit();
            return alreadyStored;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    /** Sends one JDBC batch; counts the entry rows the database skipped as already there. */
    private static int send(PreparedStatement batch, PreparedStatement entries) throws SQLException {
        int[] counts = batch.executeBatch();
        int skipped = 0;
        if (batch == entries) {
            for (int count : counts) {
                if (count == 0) {
                    skipped++;
                }
            }
        }
        return skipped;
    }

    /**
     * Stores an imported exercise and its entries in one transaction, or nothing.
     *
     * @throws IllegalArgumentException if the id is taken (nothing written)
     */
    static void importExercise(Connection connection, ExerciseRecord exercise, List<JournalEntry> entries)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM exercises WHERE id = ?")) {
                exists.setString(1, exercise.id());
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        throw new IllegalArgumentException("an exercise with id " + exercise.id() + " is already in the journal");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(IMPORT_EXERCISE)) {
                bindExercise(insert, exercise);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(IMPORT_ENTRY)) {
                int inBatch = 0;
                for (JournalEntry entry : entries) {
                    bindEntry(insert, entry, exercise.id());
                    insert.addBatch();
                    if (++inBatch == JdbcJournal.MAX_BATCH) {
                        insert.executeBatch();
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    private static void bindExercise(PreparedStatement statement, ExerciseRecord exercise) throws SQLException {
        statement.setString(1, exercise.id());
        statement.setString(2, exercise.scenarioId());
        statement.setString(3, exercise.scenarioTitle());
        statement.setString(4, exercise.scenarioYaml());
        statement.setLong(5, exercise.seed());
        statement.setString(6, exercise.softwareVersion());
        statement.setString(7, exercise.createdAt());
        statement.setString(8, exercise.state());
        statement.setString(9, exercise.cohort());
        statement.setString(10, exercise.trainee());
        statement.setString(11, exercise.origin());
    }

    private static void bindEntry(PreparedStatement statement, JournalEntry entry, String exercise) throws SQLException {
        statement.setString(1, exercise);
        statement.setLong(2, entry.seq());
        statement.setDouble(3, entry.t());
        statement.setString(4, entry.wallTime());
        statement.setString(5, entry.kind());
        statement.setString(6, entry.body());
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}

package org.cctrainer.backend.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's queries, on a connection of their own so that reading never waits for the
 * writer's connection (SQLite's WAL lets one writer and readers work at once). Callers serialise
 * access: a JDBC connection is not for two threads at once.
 */
final class JournalReader {
    private static final String EXERCISE_COLUMNS = "id, scenario_id, scenario_title, scenario_yaml, seed, "
            + "software_version, created_at, state, cohort, trainee, origin";

    private JournalReader() {
    }

    static List<ExerciseRecord> exercises(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + EXERCISE_COLUMNS + " FROM exercises ORDER BY created_at DESC, id")) {
            return exercises(query);
        }
    }

    static List<ExerciseRecord> exercise(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + EXERCISE_COLUMNS + " FROM exercises WHERE id = ?")) {
            query.setString(1, id);
            return exercises(query);
        }
    }

    static List<JournalEntry> entries(Connection connection, String exercise) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, t, wall_time, kind, body FROM entries WHERE exercise_id = ? ORDER BY seq")) {
            query.setString(1, exercise);
            List<JournalEntry> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new JournalEntry(exercise, rows.getLong(1), rows.getDouble(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
            return found;
        }
    }

    /** Ids of exercises left running or paused. */
    static List<String> unfinished(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM exercises WHERE state IN (?, ?) ORDER BY created_at, id")) {
            query.setString(1, ExerciseRecord.RUNNING);
            query.setString(2, ExerciseRecord.PAUSED);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** Marks exercises left running or paused as interrupted; returns their ids. */
    static List<String> markInterrupted(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<String> ids = unfinished(connection);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE exercises SET state = ? WHERE state IN (?, ?)")) {
                update.setString(1, ExerciseRecord.INTERRUPTED);
                update.setString(2, ExerciseRecord.RUNNING);
                update.setString(3, ExerciseRecord.PAUSED);
                update.executeUpdate();
            }
            connection.commit();
            return ids;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<ExerciseRecord> exercises(PreparedStatement query) throws SQLException {
        List<ExerciseRecord> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(new ExerciseRecord(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.getString(11)));
            }
        }
        return found;
    }
}

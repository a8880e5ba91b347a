package org.cctrainer.backend.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The tables, created if missing. One DDL for SQLite and PostgreSQL: only types both accept
 * (TEXT, BIGINT, DOUBLE PRECISION, INTEGER) and no generated keys, whose syntax differs.
 * Nothing here has a foreign key or a CHECK: a constraint that a queued row can break would
 * make the writer retry that batch for ever, so the journal validates at its front door instead.
 */
final class JournalSchema {
    /** Bump with a migration when the tables change; a journal written by a newer trainer is refused. */
    static final int VERSION = 1;

    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "applied_at TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS exercises ("
                    + "id TEXT NOT NULL PRIMARY KEY, "
                    + "scenario_id TEXT, "
                    + "scenario_title TEXT, "
                    + "scenario_yaml TEXT, "
                    + "seed BIGINT NOT NULL, "
                    + "software_version TEXT, "
                    + "created_at TEXT, "
                    + "state TEXT NOT NULL, "
                    + "cohort TEXT, "
                    + "trainee TEXT, "
                    + "origin TEXT)",
            "CREATE INDEX IF NOT EXISTS exercises_created_at ON exercises (created_at)",
            "CREATE TABLE IF NOT EXISTS entries ("
                    + "exercise_id TEXT NOT NULL, "
                    + "seq BIGINT NOT NULL, "
                    + "t DOUBLE PRECISION NOT NULL, "
                    + "wall_time TEXT NOT NULL, "
                    + "kind TEXT NOT NULL, "
                    + "body TEXT NOT NULL, "
                    + "PRIMARY KEY (exercise_id, seq))");

    private JournalSchema() {
    }

    /** Creates what is missing and checks the version, in one transaction. */
    static void ensure(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
            Integer found = null;
            try (ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rows.next()) {
                    int version = rows.getInt(1);
                    found = rows.wasNull() ? null : version;
                }
            }
            if (found == null) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                    insert.setInt(1, VERSION);
                    insert.setString(2, Instant.now().toString());
                    insert.executeUpdate();
                }
            } else if (found > VERSION) {
                throw new JournalException("the journal's schema is version " + found
                        + ", newer than this trainer understands (" + VERSION + "); run a newer trainer");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}

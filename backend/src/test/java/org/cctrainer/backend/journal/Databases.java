package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Looking at a journal's SQLite file from outside the journal, and waiting for things to happen. */
final class Databases {
    private Databases() {
    }

    static String url(Path dir) {
        return JdbcJournal.sqliteUrl(dir);
    }

    /** Entries stored for the exercise, counted on a connection of our own. */
    static long storedEntries(String url, String exercise) {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM entries WHERE exercise_id = ?")) {
            query.setString(1, exercise);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for a condition, failing after {@code patience}. The patience is a safety net against
     * hanging, far above what the condition needs: nothing here asserts how fast anything is.
     */
    static void await(String what, Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("still waiting after " + patience.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }
}

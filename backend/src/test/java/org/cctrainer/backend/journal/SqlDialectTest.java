package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No PostgreSQL server runs here: what can be checked without one is. */
@DisplayName("SQLite by default, PostgreSQL by configuration")
class SqlDialectTest {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:1/cctrainer?user=trainer&password=s3cret&connectTimeout=5";

    @TempDir
    Path data;

    @Test
    @DisplayName("the URL chooses the database; anything else is refused without echoing a password")
    void chosenByUrl() {
        assertEquals(SqlDialect.SQLITE, SqlDialect.forUrl("jdbc:sqlite:/var/lib/cc/journal.db"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.forUrl(POSTGRES));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.forUrl("JDBC:PostgreSQL://db/cc"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SqlDialect.forUrl("jdbc:mysql://db/cc?password=s3cret"));
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JdbcJournal.open("journal.db"));
    }

    @Test
    @DisplayName("the PostgreSQL driver is on the classpath and takes PostgreSQL URLs")
    void postgresDriverPresent() throws SQLException {
        assertEquals("org.postgresql.Driver", DriverManager.getDriver(POSTGRES).getClass().getName());
    }

    @Test
    @DisplayName("a PostgreSQL journal with no server to reach fails to open with a message that names it, password masked")
    void postgresUnreachable() {
        JournalException refused = assertThrows(JournalException.class, () -> JdbcJournal.open(POSTGRES));
        assertTrue(refused.getMessage().startsWith("cannot open the journal at jdbc:postgresql://127.0.0.1:1/"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("password=***"), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
    }

    @Test
    @DisplayName("one DDL for both: no generated keys, no engine-specific types or pragmas; run twice, it changes nothing")
    void portableDdl() throws SQLException {
        for (String ddl : JournalSchema.DDL) {
            String upper = ddl.toUpperCase(Locale.ROOT);
            for (String specific : new String[] {"AUTOINCREMENT", "SERIAL", "IDENTITY", "PRAGMA", "JSONB", "CLOB",
                    "WITHOUT ROWID", "STRICT", "REFERENCES"}) {
                assertFalse(upper.contains(specific), specific + " in " + ddl);
            }
            assertTrue(upper.startsWith("CREATE TABLE IF NOT EXISTS") || upper.startsWith("CREATE INDEX IF NOT EXISTS"), ddl);
        }
        try (Connection connection = DriverManager.getConnection(Databases.url(data))) {
            JournalSchema.ensure(connection);
            JournalSchema.ensure(connection);
        }
    }

    @Test
    @DisplayName("SQLite connections run in WAL mode with synchronous=FULL: a committed batch survives a crash")
    void sqliteSetUp() throws SQLException {
        FaultySource source = new FaultySource(Databases.url(data));
        try (JdbcJournal journal = JdbcJournal.open(SqlDialect.SQLITE, source, "test", 50, 1_000)) {
            journal.exerciseCreated(Recordings.running("x", 1));
            journal.flush();
            assertEquals(2, source.connections().size(), "one for the writer, one for readers");
            for (Connection connection : source.connections()) {
                assertEquals("wal", pragma(connection, "journal_mode"));
                assertEquals("2", pragma(connection, "synchronous"), "2 is FULL");
            }
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

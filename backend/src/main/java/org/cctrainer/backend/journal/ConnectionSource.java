package org.cctrainer.backend.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the journal gets a connection: the JDBC URL in production, a faulty one in tests. */
@FunctionalInterface
interface ConnectionSource {
    Connection open() throws SQLException;

    static ConnectionSource of(String url) {
        return () -> DriverManager.getConnection(url);
    }
}

package org.cctrainer.backend.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A database that can go away: connections can be cut, and new ones refused, until it is back. */
final class FaultySource implements ConnectionSource {
    private final String url;
    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    FaultySource(String url) {
        this.url = url;
    }

    @Override
    public Connection open() throws SQLException {
        if (down) {
            throw new SQLException("disk I/O error (simulated outage)");
        }
        Connection connection = DriverManager.getConnection(url);
        handedOut.add(connection);
        return connection;
    }

    /** The database goes away: every connection is closed under its user, and new ones fail. */
    void goDown() throws SQLException {
        down = true;
        for (Connection connection : handedOut) {
            connection.close();
        }
        handedOut.clear();
    }

    void comeBack() {
        down = false;
    }

    List<Connection> connections() {
        return handedOut;
    }
}

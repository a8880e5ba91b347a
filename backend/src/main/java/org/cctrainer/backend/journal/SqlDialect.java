package org.cctrainer.backend.journal;

import java.util.List;
import java.util.Locale;

/**
 * The databases the journal runs on, told apart by the JDBC URL. The schema and every query are
 * the same on both (plain SQL that SQLite 3.24+ and PostgreSQL 9.5+ share, {@code ON CONFLICT}
 * included); what differs is only how a fresh connection is set up.
 */
public enum SqlDialect {
    /**
     * The embedded default. WAL lets the replay and the HTTP readers read while the writer
     * writes. {@code synchronous=FULL} syncs the WAL at every commit, so a committed batch
     * survives a power cut as well as a killed process; with one commit per flush interval that
     * is a few syncs a second, which costs nothing worth saving (NORMAL would only protect
     * against a process crash). {@code busy_timeout} rides out a short lock by another process
     * (a backup, a sqlite3 shell) instead of failing the batch at once.
     */
    SQLITE("jdbc:sqlite:", List.of("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=2000")),

    /** By configuration, for a cluster: user and password go in the URL's parameters. */
    POSTGRESQL("jdbc:postgresql:", List.of());

    private final String urlPrefix;
    private final List<String> connectionSetup;

    SqlDialect(String urlPrefix, List<String> connectionSetup) {
        this.urlPrefix = urlPrefix;
        this.connectionSetup = connectionSetup;
    }

    /** The dialect a URL names; anything else is refused with a message that shows no password. */
    public static SqlDialect forUrl(String url) {
        if (url != null) {
            for (SqlDialect dialect : values()) {
                if (url.regionMatches(true, 0, dialect.urlPrefix, 0, dialect.urlPrefix.length())) {
                    return dialect;
                }
            }
        }
        throw new IllegalArgumentException("the journal URL must start with jdbc:sqlite: or jdbc:postgresql:, got "
                + (url == null ? "nothing" : "'" + redact(url) + "'"));
    }

    /** Statements run on every new connection, before anything else. */
    public List<String> connectionSetup() {
        return connectionSetup;
    }

    /** The URL fit for a log line: a password parameter's value is masked. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

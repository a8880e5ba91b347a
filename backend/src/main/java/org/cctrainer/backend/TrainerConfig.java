package org.cctrainer.backend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the trainer runs, from the command line and the environment:
 * {@code --port N} (or {@code PORT}; 0 picks a free port), {@code --host}, {@code --data DIR},
 * {@code --trainer-key K} (or {@code CC_TRAINER_KEY}; otherwise generated once and kept under
 * the data directory), {@code --journal JDBC-URL} (or {@code CC_JOURNAL_URL}; default SQLite
 * under the data directory), {@code --journal-flush-ms N}, {@code --allowed-origin URL}
 * (repeatable: browser pages served elsewhere that may open WebSockets).
 */
public record TrainerConfig(int port, String host, Path dataDir, String trainerKey, String journalUrl,
                            int journalFlushMillis, List<String> allowedOrigins, Cluster cluster) {

    /**
     * Clustered mode ({@code --cluster}): this node's host for the cluster ({@code CC_CLUSTER_HOST},
     * default 127.0.0.1), the members to join ({@code CC_CLUSTER_MEMBERS}, comma-separated hosts;
     * no multicast), and the Hazelcast port ({@code CC_CLUSTER_PORT}, default 5701).
     */
    public record Cluster(String host, List<String> members, int port) {
        public Cluster {
            members = List.copyOf(members);
        }
    }
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_FLUSH_MILLIS = 250;

    public TrainerConfig {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Port, host and data directory; a generated trainer key; the embedded journal; not clustered. */
    public TrainerConfig(int port, String host, Path dataDir) {
        this(port, host, dataDir, null, null, DEFAULT_FLUSH_MILLIS, List.of(), null);
    }

    public boolean clustered() {
        return cluster != null;
    }

    public static TrainerConfig defaults() {
        return new TrainerConfig(DEFAULT_PORT, "0.0.0.0", Path.of("data"));
    }

    public TrainerConfig withTrainerKey(String key) {
        return new TrainerConfig(port, host, dataDir, key, journalUrl, journalFlushMillis, allowedOrigins, cluster);
    }

    /** The journal's JDBC URL: configured, or SQLite in the data directory. */
    public String journalUrlOrDefault() {
        return journalUrl != null ? journalUrl : "jdbc:sqlite:" + dataDir.resolve("journal.db");
    }

    /** Thrown with a one-line message for bad arguments. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static TrainerConfig parse(List<String> args, Map<String, String> env) throws UsageException {
        int port = env.containsKey("PORT") ? port("PORT", env.get("PORT")) : DEFAULT_PORT;
        String host = "0.0.0.0";
        Path data = Path.of("data");
        String key = env.get("CC_TRAINER_KEY");
        String journal = env.get("CC_JOURNAL_URL");
        int flush = DEFAULT_FLUSH_MILLIS;
        List<String> origins = new ArrayList<>();
        boolean clustered = false;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (flag.equals("--cluster")) {
                clustered = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(flag.startsWith("--") ? flag + " needs a value" : "unexpected argument '" + flag + "'");
            }
            switch (flag) {
                case "--port" -> port = port("--port", args.get(++i));
                case "--host" -> host = args.get(++i);
                case "--data" -> data = Path.of(args.get(++i));
                case "--trainer-key" -> key = args.get(++i);
                case "--journal" -> journal = journalUrl(args.get(++i));
                case "--journal-flush-ms" -> flush = flushMillis(args.get(++i));
                case "--allowed-origin" -> origins.add(args.get(++i));
                default -> throw new UsageException("unknown flag " + flag + "; flags: --port N, --host H, --data DIR, "
                        + "--trainer-key K, --journal JDBC-URL, --journal-flush-ms N, --allowed-origin URL, --cluster");
            }
        }
        if (key != null && key.trim().length() < 16) {
            throw new UsageException("the trainer key must be at least 16 characters");
        }
        if (journal != null) {
            journalUrl(journal);
        }
        Cluster cluster = null;
        if (clustered) {
            if (journal == null || !journal.startsWith("jdbc:postgresql:")) {
                throw new UsageException("--cluster needs a shared journal: --journal jdbc:postgresql://... (or CC_JOURNAL_URL)");
            }
            String members = env.getOrDefault("CC_CLUSTER_MEMBERS", "127.0.0.1");
            int clusterPort = env.containsKey("CC_CLUSTER_PORT") ? port("CC_CLUSTER_PORT", env.get("CC_CLUSTER_PORT")) : 5701;
            List<String> list = new ArrayList<>();
            for (String member : members.split(",")) {
                if (!member.isBlank()) {
                    list.add(member.trim());
                }
            }
            cluster = new Cluster(env.getOrDefault("CC_CLUSTER_HOST", "127.0.0.1"), list, clusterPort);
        }
        return new TrainerConfig(port, host, data, key, journal, flush, origins, cluster);
    }

    private static String journalUrl(String url) throws UsageException {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--journal must be a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        return url;
    }

    private static int flushMillis(String text) throws UsageException {
        try {
            int millis = Integer.parseInt(text.trim());
            if (millis < 10 || millis > 10_000) {
                throw new UsageException("--journal-flush-ms must be 10–10000, got " + text);
            }
            return millis;
        } catch (NumberFormatException e) {
            throw new UsageException("--journal-flush-ms must be a whole number of milliseconds, got '" + text + "'");
        }
    }

    private static int port(String name, String text) throws UsageException {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                throw new UsageException(name + " must be a port number 0–65535 (0 picks a free one), got " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a port number 0–65535, got '" + text + "'");
        }
    }
}

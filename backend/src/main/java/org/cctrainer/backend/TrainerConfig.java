package org.cctrainer.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the trainer runs, from the command line and the environment: {@code --port N} (or
 * {@code PORT}; 0 picks a free port), {@code --host}, {@code --data DIR}.
 */
public record TrainerConfig(int port, String host, Path dataDir) {
    public static final int DEFAULT_PORT = 8080;

    public static TrainerConfig defaults() {
        return new TrainerConfig(DEFAULT_PORT, "0.0.0.0", Path.of("data"));
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
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (i + 1 >= args.size() && !flag.equals("--help")) {
                throw new UsageException(flag.startsWith("--") ? flag + " needs a value" : "unexpected argument '" + flag + "'");
            }
            switch (flag) {
                case "--port" -> port = port("--port", args.get(++i));
                case "--host" -> host = args.get(++i);
                case "--data" -> data = Path.of(args.get(++i));
                default -> throw new UsageException("unknown flag " + flag + "; flags: --port N, --host H, --data DIR");
            }
        }
        return new TrainerConfig(port, host, data);
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

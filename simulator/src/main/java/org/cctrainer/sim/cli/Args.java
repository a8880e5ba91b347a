package org.cctrainer.sim.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --flag value} pairs for one command, checked against the flags the command knows,
 * with typed, range-checked getters whose errors name the flag and what is allowed.
 */
final class Args {
    private final String command;
    private final Map<String, String> values = new HashMap<>();

    private Args(String command) {
        this.command = command;
    }

    static Args parse(String command, String[] argv, int from, List<String> known) throws UsageException {
        Args args = new Args(command);
        for (int i = from; i < argv.length; i++) {
            String flag = argv[i];
            if (!flag.startsWith("--") || flag.length() == 2) {
                throw new UsageException("unexpected argument '" + flag + "' for " + command + " (flags start with --)");
            }
            String name = flag.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown flag --" + name + " for " + command + "; flags: --"
                        + String.join(", --", known));
            }
            if (value == null) {
                if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = argv[++i];
            }
            if (args.values.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        return args;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(command + " needs --" + name);
        }
        return value;
    }

    double number(String name, double min, double max) throws UsageException {
        return parse(name, text(name), min, max);
    }

    double number(String name, double fallback, double min, double max) throws UsageException {
        return has(name) ? number(name, min, max) : fallback;
    }

    int integer(String name, int min, int max) throws UsageException {
        String text = text(name);
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + text + "'");
        }
    }

    long longInteger(String name, long fallback) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        String text = text(name);
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + text + "'");
        }
    }

    private double parse(String name, String text, double min, double max) throws UsageException {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + text + "'");
        }
        if (!(value >= min && value <= max)) {
            throw new UsageException("--" + name + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + text);
        }
        return value;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

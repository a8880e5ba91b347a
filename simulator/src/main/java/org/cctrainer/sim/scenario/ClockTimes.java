package org.cctrainer.sim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctrainer.sim.json.FieldReader;

/** Clock times in scenario files ("09:30") and their virtual seconds from the day's start. */
final class ClockTimes {
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private ClockTimes() {
    }

    /** Minute of the day for "HH:MM", or -1 if the text is not a clock time. */
    static int minuteOfDay(String text) {
        if (text == null) {
            return -1;
        }
        Matcher matcher = CLOCK.matcher(text.trim());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2)) : -1;
    }

    /**
     * Reads a clock-time field as virtual seconds since the day's start ({@code startMinute}),
     * reporting a problem (and returning {@code fallback}) if it is malformed or before the start.
     */
    static double read(FieldReader reader, String field, int startMinute, double fallback, boolean required) {
        return read(reader, field, startMinute, fallback, required, Double.POSITIVE_INFINITY);
    }

    /** As above, and the time must be before {@code before} seconds (the end of the day). */
    static double read(FieldReader reader, String field, int startMinute, double fallback, boolean required,
                       double before) {
        if (!reader.has(field)) {
            if (required) {
                reader.problems().add(reader.at(field), "is required (a clock time such as \"09:30\")");
            }
            return fallback;
        }
        String text = reader.text(field, null);
        int minute = minuteOfDay(text);
        if (minute < 0) {
            reader.problems().add(reader.at(field), "must be a clock time in quotes such as \"09:30\" (got " + text + ")");
            return fallback;
        }
        if (minute < startMinute) {
            reader.problems().add(reader.at(field), "is before the day starts (" + text + ")");
            return fallback;
        }
        double seconds = (minute - startMinute) * 60.0;
        if (seconds >= before) {
            reader.problems().add(reader.at(field), "is after the day ends (" + text + ")");
            return fallback;
        }
        return seconds;
    }
}

package org.cctrainer.sim.model;

/** Human-readable durations and clock times for reports. */
public final class Durations {
    private Durations() {
    }

    /** 20 → "20 s", 14400 → "4 h", 90 → "90 s", 1800 → "30 min". */
    public static String describe(double seconds) {
        if (seconds >= 3600 && seconds % 3600 == 0) {
            return (long) (seconds / 3600) + " h";
        }
        if (seconds >= 600 && seconds % 60 == 0) {
            return (long) (seconds / 60) + " min";
        }
        return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
    }

    /** Clock time of virtual second {@code t} when the day starts at {@code startMinuteOfDay}: "09:30". */
    public static String clock(double t, int startMinuteOfDay) {
        long minutes = (long) Math.floor(t / 60) + startMinuteOfDay;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
    }
}

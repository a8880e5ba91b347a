package org.cctrainer.backend.alerts;

import java.util.Locale;

/** Numbers as a supervisor reads them on a wallboard: "62%", "2 min 05 s", "14 calls". */
final class Wording {
    private Wording() {
    }

    /** 5 → "5 s", 125 → "2 min 05 s", 600 → "10 min", 3900 → "1 h 05 min", 7200 → "2 h". */
    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            long minutes = s / 60;
            long rest = s % 60;
            return rest == 0 ? minutes + " min" : String.format(Locale.ROOT, "%d min %02d s", minutes, rest);
        }
        long hours = s / 3600;
        long minutes = (s % 3600) / 60;
        return minutes == 0 ? hours + " h" : String.format(Locale.ROOT, "%d h %02d min", hours, minutes);
    }

    /** 0.62 → "62%". */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /**
     * {@code value} as a percentage, with one decimal when whole percents would read the same as
     * {@code reference}, cut towards the side it is on: 79.96% against 80% reads "79.9%", never
     * "80% against 80% target".
     */
    static String percentBeside(double value, double reference) {
        if (Math.round(value * 100) != Math.round(reference * 100) || value == reference) {
            return percent(value);
        }
        double tenths = value < reference ? Math.floor(value * 1000) : Math.ceil(value * 1000);
        return String.format(Locale.ROOT, "%.1f%%", tenths / 10);
    }

    /** "1 call", "14 calls", "3 chats", "60 emails": what a queue of this channel holds. */
    static String contacts(long count, String channel) {
        String noun = switch (channel == null ? "" : channel) {
            case "voice" -> "call";
            case "chat" -> "chat";
            case "email" -> "email";
            default -> "contact";
        };
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "a" or "an" before a number as it is said aloud: "a 20 s target", "an 8% limit", "an 11 min limit". */
    static String article(String number) {
        String digits = number.replaceAll("[^0-9].*$", "");
        boolean eight = digits.startsWith("8");
        boolean elevenOrEighteen = digits.length() % 3 == 2 && (digits.startsWith("11") || digits.startsWith("18"));
        return eight || elevenOrEighteen ? "an " + number : "a " + number;
    }

    /** The queue's name, or its id when it has none. */
    static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}

package org.cctrainer.backend;

/** Event-bus addresses, in one place: dotted nouns, the exercise id in the middle. */
public final class Addresses {
    private Addresses() {
    }

    /** Requests to an exercise's actor: pause, resume, speed, stop, snapshot, acknowledge. */
    public static String control(String exercise) {
        return "exercise." + exercise + ".control";
    }

    /** Everything an exercise publishes for its viewers (ticks, alerts, events), already encoded. */
    public static String stream(String exercise) {
        return "exercise." + exercise + ".stream";
    }

    /** Header names on stream messages, so a gateway can route without parsing the JSON. */
    public static final String HEADER_TYPE = "type";
    public static final String HEADER_SEQ = "seq";
    public static final String HEADER_T = "t";
    /** Who may see a stream message: "all" (the default when absent) or "trainers" (a score hidden from the trainee). */
    public static final String HEADER_AUDIENCE = "audience";
    /** Set on the last message an exercise publishes: viewers are then closed. */
    public static final String HEADER_FINAL = "final";
}

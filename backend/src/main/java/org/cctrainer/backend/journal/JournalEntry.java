package org.cctrainer.backend.journal;

import java.util.List;

/**
 * One recorded thing. {@code seq} increases per exercise (the stream's seq where there is one);
 * {@code t} is virtual seconds from the day's start; {@code wallTime} an ISO-8601 instant;
 * {@code body} a JSON object whose shape depends on {@code kind} (docs/journal.md).
 */
public record JournalEntry(String exercise, long seq, double t, String wallTime, String kind, String body) {

    /** command (raw command and its result), incident (a trainer's injection), alert, event, score, note, state, sample. */
    public static final List<String> KINDS = List.of("command", "incident", "alert", "event", "score", "note", "state",
            "sample");
}

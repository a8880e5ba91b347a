package org.cctrainer.backend.alerts;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a trainee's acknowledgement: the change it made, or why it made none.
 *
 * @param change the "acknowledged" change; empty when the acknowledgement was refused
 */
public record Acknowledgement(Outcome outcome, String alertId, Optional<AlertChange> change) {

    public enum Outcome {
        ACKNOWLEDGED, UNKNOWN_ALERT, ALREADY_ACKNOWLEDGED, ALREADY_RESOLVED;

        /** For the protocol's error code: "unknown-alert", "already-acknowledged", … */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Acknowledgement {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(change, "change");
        if (change.isPresent() != (outcome == Outcome.ACKNOWLEDGED)) {
            throw new IllegalArgumentException("a change comes with, and only with, an accepted acknowledgement");
        }
    }

    static Acknowledgement granted(AlertChange change) {
        return new Acknowledgement(Outcome.ACKNOWLEDGED, change.alert().id(), Optional.of(change));
    }

    static Acknowledgement refused(Outcome outcome, String alertId) {
        return new Acknowledgement(outcome, alertId, Optional.empty());
    }

    public boolean accepted() {
        return outcome == Outcome.ACKNOWLEDGED;
    }

    /** No such alert (HTTP 404); every other refusal is a conflict with the alert's state (409). */
    public boolean unknown() {
        return outcome == Outcome.UNKNOWN_ALERT;
    }

    /** Why, in a sentence for the trainee. */
    public String reason() {
        return switch (outcome) {
            case ACKNOWLEDGED -> "Alert " + alertId + " acknowledged.";
            case UNKNOWN_ALERT -> "There is no alert " + alertId + " in this exercise; refresh the alert list.";
            case ALREADY_ACKNOWLEDGED -> "Alert " + alertId + " was already acknowledged.";
            case ALREADY_RESOLVED -> "Alert " + alertId + " has already resolved; there is nothing to acknowledge.";
        };
    }
}

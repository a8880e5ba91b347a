package org.cctrainer.backend.alerts;

/**
 * Where a reading falls against a rule's thresholds, from best to worst. The two margins are
 * the hysteresis bands: a value in a margin neither raises nor clears, so a figure hovering
 * around a threshold cannot make an alert flap.
 */
public enum Zone {
    /** Nothing to judge (no contacts yet, too few to mean anything, a NaN): changes nothing. */
    NO_DATA,
    /** Good enough to resolve an open alert. */
    CLEAR,
    /** Between the resolve line and the warning line: no new alert, no resolution. */
    MARGIN,
    /** Past the warning line: raises a warning; a critical alert here eases to warning. */
    WARNING,
    /** Between the ease line and the critical line: no escalation, no easing. */
    CRITICAL_MARGIN,
    /** Past the critical line: raises or escalates to critical. */
    CRITICAL;

    boolean warrantsWarning() {
        return compareTo(WARNING) >= 0;
    }

    boolean warrantsCritical() {
        return this == CRITICAL;
    }

    boolean allowsEasing() {
        return this != NO_DATA && compareTo(WARNING) <= 0;
    }

    boolean allowsResolving() {
        return this == CLEAR;
    }
}

package org.cctrainer.backend.alerts;

/**
 * Debounce in virtual time for one (rule, queue or agent): remembers since when each condition
 * has held without a break, and says what the open alert (if any) should do now. A snapshot
 * without data breaks every run, so nothing is raised or resolved on a gap.
 */
final class Tracker {
    /** Guards "held for 120 s" against 119.99999999 from summed virtual time. */
    private static final double EPSILON = 1e-6;

    enum Step { NONE, RAISE_WARNING, RAISE_CRITICAL, ESCALATE, EASE, RESOLVE }

    private final Debounce debounce;
    private double warningSince = Double.NaN;
    private double criticalSince = Double.NaN;
    private double easingSince = Double.NaN;
    private double clearSince = Double.NaN;

    Tracker(Debounce debounce) {
        this.debounce = debounce;
    }

    /**
     * @param open severity of the open alert, or null when none is open
     */
    Step next(double t, Zone zone, Severity open) {
        warningSince = since(warningSince, zone.warrantsWarning(), t);
        criticalSince = since(criticalSince, zone.warrantsCritical(), t);
        easingSince = since(easingSince, zone.allowsEasing(), t);
        clearSince = since(clearSince, zone.allowsResolving(), t);
        double raise = debounce.raiseAfterSeconds();
        double clear = debounce.clearAfterSeconds();
        if (open == null) {
            if (!held(warningSince, raise, t)) {
                return Step.NONE;
            }
            return held(criticalSince, raise, t) ? Step.RAISE_CRITICAL : Step.RAISE_WARNING;
        }
        if (held(clearSince, clear, t)) {
            return Step.RESOLVE;
        }
        if (open == Severity.WARNING && held(criticalSince, raise, t)) {
            return Step.ESCALATE;
        }
        if (open == Severity.CRITICAL && held(easingSince, clear, t)) {
            return Step.EASE;
        }
        return Step.NONE;
    }

    private static double since(double current, boolean holds, double t) {
        if (!holds) {
            return Double.NaN;
        }
        return Double.isNaN(current) ? t : current;
    }

    private static boolean held(double since, double seconds, double t) {
        return !Double.isNaN(since) && t - since >= seconds - EPSILON;
    }
}

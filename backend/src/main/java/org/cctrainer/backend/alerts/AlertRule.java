package org.cctrainer.backend.alerts;

import java.util.List;
import org.cctrainer.sim.kpi.KpiSnapshot;

/**
 * One kind of alert. A rule only reads and words: it places each queue's or agent's figure in
 * a {@link Zone}; the engine owns debounce, hysteresis in time and the alert life cycle.
 */
public interface AlertRule {

    /** Stable wire name, e.g. "sla-breach". */
    String name();

    Debounce debounce();

    /** One reading per queue or agent the rule watches, in the snapshot's order. */
    List<Reading> read(KpiSnapshot snapshot);

    /**
     * Title, message and threshold for an alert at {@code severity} on this reading, or, when
     * {@code resolved}, for the alert that has just resolved. Called only on a change, with the
     * snapshot the reading came from.
     */
    Description describe(KpiSnapshot snapshot, Reading reading, Severity severity, boolean resolved);
}

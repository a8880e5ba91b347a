package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.cctrainer.sim.kpi.KpiSnapshot;

/**
 * Drives an engine through virtual time the way an exercise does: one snapshot every
 * {@code step} virtual seconds (0.1 s at 0.5×, 15 s at 60×), collecting every change.
 */
final class Exercise {
    /** Virtual seconds between snapshots at the slowest (0.5×) and fastest (60×) speeds. */
    static final double SLOW = 0.1;
    static final double FAST = 15;

    final AlertEngine engine;
    final List<AlertChange> changes = new ArrayList<>();
    private double lastT = Double.NaN;

    Exercise() {
        this(new AlertEngine(AlertSettings.defaults()));
    }

    Exercise(AlertEngine engine) {
        this.engine = engine;
    }

    /** An exercise watched by this one rule alone. */
    static Exercise only(AlertRule rule) {
        return new Exercise(new AlertEngine(List.of(rule)));
    }

    /**
     * Snapshots every {@code step} seconds from 0 (or one step after the last snapshot) up to
     * {@code until} inclusive. Times are start + i·step, so 0.1 s steps do not drift.
     */
    Exercise run(double until, double step, DoubleFunction<KpiSnapshot> world) {
        double start = Double.isNaN(lastT) ? 0 : lastT + step;
        for (long i = 0; start + i * step <= until + 1e-9; i++) {
            double t = start + i * step;
            changes.addAll(engine.evaluate(world.apply(t)));
            lastT = t;
        }
        return this;
    }

    /** The changes as "raised warning", "escalated critical" …: a story to compare. */
    List<String> story() {
        return changes.stream().map(c -> c.kind() + " " + c.alert().severity().wireName()).toList();
    }

    /** The same with the virtual time of each change: "raised warning at 420". */
    List<String> timedStory() {
        return changes.stream().map(c -> String.format(Locale.ROOT, "%s %s at %.0f", c.kind(),
                c.alert().severity().wireName(), c.alert().updatedAt())).toList();
    }

    AlertChange last() {
        return changes.get(changes.size() - 1);
    }
}

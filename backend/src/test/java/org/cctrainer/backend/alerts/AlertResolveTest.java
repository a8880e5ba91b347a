package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.queue;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleFunction;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The trainee resolves an alert by hand")
class AlertResolveTest {
    /** Billing below target all day. */
    private static final DoubleFunction<KpiSnapshot> STILL_BREACHING = t -> snapshot(t, queue("billing").serviceLevel(0.70, 60));

    @Test
    @DisplayName("only an acknowledged alert can be resolved; a raised one must be acknowledged first")
    void acknowledgeFirst() {
        Exercise exercise = new Exercise().run(300, 15, STILL_BREACHING);
        String id = exercise.last().alert().id();
        AlertEngine.Resolution early = exercise.engine.resolve(id, 310);
        assertFalse(early.accepted());
        assertTrue(early.refusal().contains("Acknowledge alert " + id), early.refusal());
        assertEquals(AlertState.RAISED, exercise.engine.get(id).state(), "nothing changed");
        assertTrue(exercise.engine.resolve("A404", 310).unknown());
    }

    @Test
    @DisplayName("closing an alert whose breach goes on brings a new one after the rule's debounce, never hiding it for long")
    void persistingBreachComesBack() {
        Exercise exercise = new Exercise().run(300, 15, STILL_BREACHING);
        String id = exercise.last().alert().id();
        exercise.engine.acknowledge(id, 310);
        AlertEngine.Resolution closed = exercise.engine.resolve(id, 320);
        assertTrue(closed.accepted());
        assertEquals(AlertState.RESOLVED, exercise.engine.get(id).state());
        assertTrue(exercise.engine.get(id).message().contains("closed by the supervisor"));
        assertTrue(exercise.engine.open().isEmpty());
        exercise.run(900, 15, STILL_BREACHING);
        assertEquals(1, exercise.engine.open().size(), "raised again");
        assertNotEquals(id, exercise.engine.open().get(0).id());
        assertFalse(exercise.engine.resolve(id, 900).accepted(), "already resolved");
    }
}

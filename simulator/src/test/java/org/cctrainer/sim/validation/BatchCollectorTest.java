package org.cctrainer.sim.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEvent.Origin;
import org.cctrainer.sim.model.AgentState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The batch collector files each contact under the batch it arrived in")
class BatchCollectorTest {
    private static final String Q = "queue";

    @Test
    @DisplayName("outcomes count in the arrival batch, arrivals outside [from, to) are ignored, agent time is split at batch edges")
    void filesOutcomesByArrival() {
        // Measured span [100, 300) in two batches of 100 s; T = 20 s, short abandons within 5 s.
        BatchCollector c = new BatchCollector(100, 300, 2, 20, 5);
        c.onEvent(new SimEvent.AgentStateChanged(0, "a1", AgentState.LOGGED_OUT, AgentState.AVAILABLE, "shift start"));
        c.onEvent(new SimEvent.AgentStateChanged(0, "a2", AgentState.LOGGED_OUT, AgentState.AVAILABLE, "shift start"));
        // Contact 1 arrives before the span: never counted.
        c.onEvent(new SimEvent.ContactArrived(50, 1, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactAnswered(50, 1, Q, "a1", 0, false));
        c.onEvent(new SimEvent.AgentStateChanged(50, "a1", AgentState.AVAILABLE, AgentState.ON_CONTACT, Q));
        // Contacts 2 and 3 arrive in batch 0; 3 abandons in batch 1 but counts in batch 0.
        c.onEvent(new SimEvent.ContactArrived(150, 2, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactQueued(150, 2, Q, 1));
        c.onEvent(new SimEvent.ContactCompleted(180, 1, Q, "a1", 130, 0, true));
        c.onEvent(new SimEvent.AgentStateChanged(180, "a1", AgentState.ON_CONTACT, AgentState.AVAILABLE, ""));
        c.onEvent(new SimEvent.AgentStateChanged(180, "a1", AgentState.AVAILABLE, AgentState.ON_CONTACT, Q));
        c.onEvent(new SimEvent.ContactAnswered(180, 2, Q, "a1", 30, false));
        c.onEvent(new SimEvent.ContactArrived(190, 3, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactQueued(190, 3, Q, 1));
        // Batch 1: contact 4 is answered within T, by a2 who is then busy to the end.
        c.onEvent(new SimEvent.ContactArrived(250, 4, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactAnswered(250, 4, Q, "a2", 0, false));
        c.onEvent(new SimEvent.AgentStateChanged(250, "a2", AgentState.AVAILABLE, AgentState.ON_CONTACT, Q));
        c.onEvent(new SimEvent.ContactAbandoned(260, 3, Q, 70));
        c.onEvent(new SimEvent.ContactArrived(299, 5, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactQueued(299, 5, Q, 1));
        // Contact 6 arrives after the span: ignored, as is contact 5's abandoning late (it still counts in batch 1).
        c.onEvent(new SimEvent.ContactArrived(300, 6, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactAbandoned(302, 5, Q, 3));
        c.onEvent(new SimEvent.ContactAnswered(400, 6, Q, "a1", 100, false));
        c.advance(300);

        BatchTallies t = c.tallies();
        assertArrayEquals(new long[] {2, 2}, t.offered);
        assertArrayEquals(new long[] {2, 1}, t.waited);
        assertArrayEquals(new long[] {1, 1}, t.answered);
        assertArrayEquals(new long[] {0, 1}, t.answeredWithin);
        assertArrayEquals(new long[] {1, 1}, t.abandoned);
        assertArrayEquals(new long[] {0, 1}, t.abandonedShort);
        assertEquals(30, t.waitOfAnsweredSum[0], 1e-12);
        assertEquals(0, t.waitOfAnsweredSum[1], 1e-12);
        // a1 busy throughout; a2 busy from 250: batch 0 is 100 of 200 agent-seconds, batch 1 is 150 of 200.
        assertArrayEquals(new double[] {100, 150}, t.busySeconds, 1e-9);
        assertArrayEquals(new double[] {200, 200}, t.staffedSeconds, 1e-9);
        assertEquals(0.5, Statistic.OCCUPANCY.inBatch(t, 0), 1e-12);
        assertEquals(0.75, Statistic.OCCUPANCY.inBatch(t, 1), 1e-12);
        assertEquals(0.5, Statistic.SERVICE_LEVEL.inBatch(t, 1), 1e-12);
        assertEquals(1.0, Statistic.SERVICE_LEVEL_EXCLUDING_SHORT.inBatch(t, 1), 1e-12);
        assertTrue(c.surprises().isEmpty(), c.surprises().toString());

        BatchTallies pooled = t.pooled();
        assertEquals(4, pooled.offered[0]);
        assertEquals(250.0 / 400, Statistic.OCCUPANCY.inBatch(pooled, 0), 1e-12);
    }

    @Test
    @DisplayName("a batch with no arrivals leaves the next batch's contacts where they belong")
    void emptyBatch() {
        BatchCollector c = new BatchCollector(0, 300, 3, 20, 5);
        c.onEvent(new SimEvent.ContactArrived(10, 1, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactArrived(250, 2, Q, Origin.NEW));
        c.onEvent(new SimEvent.ContactAnswered(260, 1, Q, "a", 250, false));
        c.onEvent(new SimEvent.ContactAnswered(261, 2, Q, "a", 11, false));
        assertArrayEquals(new long[] {1, 0, 1}, c.tallies().offered);
        assertArrayEquals(new long[] {1, 0, 1}, c.tallies().answered);
        assertArrayEquals(new long[] {0, 0, 1}, c.tallies().answeredWithin);
    }

    @Test
    @DisplayName("anything M/M/n+M has no room for is reported as a surprise")
    void reportsSurprises() {
        BatchCollector c = new BatchCollector(0, 100, 2, 20, 5);
        c.onEvent(new SimEvent.ContactArrived(1, 1, Q, Origin.REPEAT));
        c.onEvent(new SimEvent.ContactBlocked(2, 2, Q, "closed"));
        c.onEvent(new SimEvent.ContactArrived(3, 1, Q, Origin.NEW));
        assertEquals(3, c.surprises().size(), c.surprises().toString());
    }
}

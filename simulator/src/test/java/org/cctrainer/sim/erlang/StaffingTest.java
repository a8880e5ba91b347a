package org.cctrainer.sim.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("staffing to a service-level target")
class StaffingTest {

    private static final QueueModel CLASSIC = QueueModel.withoutAbandonment(200, 180, 1, 20);

    @Test
    @DisplayName("the classic 10-Erlang example needs 14 agents for 80/20 under Erlang C")
    void classicNeedsFourteen() {
        // Source: CRAN package ErlangC 0.1.0, README, calculate_agents(...) returns $agents 14,
        // https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html
        StaffingResult r = Staffing.fewestAgents(CLASSIC, 0.80);
        assertEquals(14, r.agents());
        assertEquals(0.88835, r.figures().serviceLevel(), 5e-6);
        assertTrue(ErlangC.figures(CLASSIC.withAgents(13)).serviceLevel() < 0.80);
    }

    @ParameterizedTest(name = "patience {0} s")
    @ValueSource(doubles = {1, 10, 30, 60, 120, 300, 600, 1800, 7200, 1e6})
    @DisplayName("for the classic 20 s threshold, abandonment needs no more agents than Erlang C; one fewer misses")
    void erlangANeedsNoMore(double patience) {
        // Not a general law (see the next test), but it holds for every patience at this threshold.
        for (double target : new double[] {0.5, 0.8, 0.9, 0.95}) {
            int c = Staffing.fewestAgents(CLASSIC, target).agents();
            StaffingResult a = Staffing.fewestAgents(CLASSIC.withPatience(patience), target);
            assertTrue(a.agents() <= c, "A " + a.agents() + " vs C " + c + " at target " + target);
            assertFewest(CLASSIC.withPatience(patience), target, a);
        }
    }

    @Test
    @DisplayName("when patience is short beside the threshold, abandons count against the target and Erlang A needs more")
    void shortPatienceCanNeedMoreThanErlangC() {
        // With a 10-minute threshold Erlang C answers almost everyone in time, but a caller with 5 s
        // of patience who has to queue at all is almost certainly gone before then, and under the
        // default definition (÷ answered + abandoned) that abandon is a miss.
        QueueModel slow = QueueModel.withoutAbandonment(200, 180, 1, 600);
        int c = Staffing.fewestAgents(slow, 0.9).agents();
        StaffingResult a = Staffing.fewestAgents(slow.withPatience(5), 0.9);
        assertEquals(11, c);
        assertEquals(13, a.agents());
        assertFewest(slow.withPatience(5), 0.9, a);
    }

    @Test
    @DisplayName("large queues get the fewest agents too, under both models")
    void largeQueues() {
        QueueModel big = new QueueModel(1900 * 12, 300, 120, 1, 20, 5);     // 1,900 Erlangs of chat
        StaffingResult a = Staffing.fewestAgents(big, 0.8);
        assertFewest(big, 0.8, a);
        QueueModel patient = big.withPatience(Double.POSITIVE_INFINITY);
        StaffingResult c = Staffing.fewestAgents(patient, 0.8);
        assertFewest(patient, 0.8, c);
        assertTrue(c.agents() > 1900 && a.agents() <= c.agents());
    }

    @Test
    @DisplayName("an overloaded email queue is staffed under Erlang A even below the offered load")
    void overloadAllowedWithAbandonment() {
        QueueModel email = new QueueModel(6 * 2400, 600, 86_400, 1, 14_400, 60);
        StaffingResult r = Staffing.fewestAgents(email, 0.5);
        assertFewest(email, 0.5, r);
    }

    @Test
    @DisplayName("a target needing more than 100,000 agents is refused with a clear message")
    void capIsEnforced() {
        QueueModel huge = QueueModel.withoutAbandonment(150_000 * 20, 180, 1, 20); // 150,000 Erlangs
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Staffing.fewestAgents(huge, 0.8));
        assertTrue(e.getMessage().contains("100000"), e.getMessage());
        assertTrue(e.getMessage().contains("targetServiceLevel"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Staffing.fewestAgents(huge.withPatience(60), 0.8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0, 1, 1.5, -0.2, Double.NaN})
    @DisplayName("a target outside (0, 1) is refused, naming the parameter")
    void badTarget(double target) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Staffing.fewestAgents(CLASSIC, target));
        assertTrue(e.getMessage().contains("targetServiceLevel"), e.getMessage());
    }

    private static void assertFewest(QueueModel template, double target, StaffingResult r) {
        assertEquals(r.agents(), r.figures().agents());
        assertEquals(QueueingModels.figures(template.withAgents(r.agents())), r.figures());
        assertTrue(r.figures().serviceLevel() >= target, "meets the target: " + r);
        if (r.agents() > 1) {
            double below = QueueingModels.figures(template.withAgents(r.agents() - 1)).serviceLevel();
            assertTrue(below < target, (r.agents() - 1) + " agents already reach " + below);
        }
    }
}

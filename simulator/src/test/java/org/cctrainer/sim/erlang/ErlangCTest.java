package org.cctrainer.sim.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Erlang C (M/M/n, nobody abandons)")
class ErlangCTest {

    /** The classic worked example: 100 calls per 30 minutes, AHT 180 s, 20 s threshold: 10 Erlangs. */
    private static QueueModel classic(int agents) {
        return QueueModel.withoutAbandonment(200, 180, agents, 20);
    }

    @Test
    @DisplayName("the classic 10-Erlang example with 14 agents matches the published figures")
    void classicExampleWithFourteenAgents() {
        QueueFigures f = ErlangC.figures(classic(14));
        // Published: wait_probability 0.1741319, service_level 0.88835, average_speed_of_answer
        // 7.83593701177724 s, occupancy 0.7142857, for erlang_c(100 calls, 30 min, 180 s, 20 s, 14).
        // Source: CRAN package ErlangC 0.1.0, README "Example",
        // https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html
        // (also https://rdocumentation.org/packages/ErlangC/versions/0.1.0).
        assertEquals(0.1741319, f.pWait(), 5e-8);
        assertEquals(0.88835, f.serviceLevel(), 5e-6);
        assertEquals(7.83593701177724, f.asaSeconds(), 1e-9);
        assertEquals(0.7142857, f.occupancy(), 5e-8);
        assertEquals(10.0, classic(14).offeredLoadErlangs(), 1e-12);
    }

    @Test
    @DisplayName("the classic example with 11 agents matches the first row of the published staffing search")
    void classicExampleWithElevenAgents() {
        QueueFigures f = ErlangC.figures(classic(11));
        // Published: the first row of calculate_agents(...)$process, the search's N = A + 1 = 11 start:
        // wait_probability 0.6821182, service_level 0.3896138.
        // Source: CRAN package ErlangC 0.1.0, README, https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html
        assertEquals(0.6821182, f.pWait(), 5e-8);
        assertEquals(0.3896138, f.serviceLevel(), 5e-8);
    }

    @Test
    @DisplayName("the classic example with 13 agents misses 80/20 at about 79.6%")
    void classicExampleWithThirteenAgents() {
        QueueFigures f = ErlangC.figures(classic(13));
        // Inputs: "Erlang C Formula – Made Simple With an Easy Worked Example", Call Centre Helper,
        // https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm (100 calls / 30 min,
        // AHT 180 s, 80% in 20 s). The 13-agent figures were NOT read from a stored copy of that page:
        // they were computed independently from the textbook formula with 40-digit arithmetic (mpmath):
        // P(wait) = 0.285270453, SL = 0.7955947884, ASA = 17.11622718 s.
        assertEquals(0.285270453, f.pWait(), 1e-9);
        assertEquals(0.7955947884, f.serviceLevel(), 1e-9);
        assertEquals(17.11622718, f.asaSeconds(), 1e-7);
    }

    @Test
    @DisplayName("Erlang B matches the published trunk table: 15 lines at 1% blocking carry 8.108 Erlangs")
    void erlangBMatchesPublishedTable() {
        // Published: "if this trunk group is to remain within the blocking figure of 1%, it can be offered
        // a maximum level of traffic of 8.108 Erlangs" for 15 lines.
        // Source: erlang.com calculator manual, "How much traffic?",
        // https://erlang.com/calculatormanual/howmuchtrafficcanatrunkgrouphandle.htm
        assertEquals(0.01, ErlangC.erlangB(8.108, 15), 2e-5);
    }

    @Test
    @DisplayName("Erlang B agrees with the closed form for small systems")
    void erlangBClosedForms() {
        assertEquals(2.0 / 3.0, ErlangC.erlangB(2, 1), 1e-15);                        // a/(1+a)
        assertEquals(2.0 / 5.0, ErlangC.erlangB(2, 2), 1e-15);                        // (a²/2)/(1+a+a²/2)
        assertEquals(0.0, ErlangC.erlangB(0, 3), 0.0);
    }

    @Test
    @DisplayName("with no abandonment the three service-level definitions coincide")
    void serviceLevelDefinitionsCoincide() {
        QueueModel m = new QueueModel(200, 180, Double.POSITIVE_INFINITY, 12, 20, 5);
        QueueFigures f = ErlangC.figures(m);
        assertEquals(f.serviceLevel(), f.serviceLevelAnswered(), 0.0);
        assertEquals(f.serviceLevel(), f.serviceLevelExcludingShortAbandons(), 0.0);
        assertEquals(f.serviceLevel(), f.answeredWithinThreshold(), 0.0);
        assertEquals(0.0, f.pAbandon(), 0.0);
        assertEquals(0.0, f.abandonedWithinThreshold(), 0.0);
    }

    @Test
    @DisplayName("a zero threshold gives the probability of not waiting")
    void zeroThresholdIsImmediateAnswer() {
        QueueFigures f = ErlangC.figures(QueueModel.withoutAbandonment(200, 180, 14, 0));
        assertEquals(1 - f.pWait(), f.serviceLevel(), 1e-15);
    }

    @Test
    @DisplayName("an overloaded queue reports everyone waiting for ever instead of throwing")
    void overloadedQueueIsUnstable() {
        for (int agents : new int[] {9, 10}) { // a = 10: at and below the load
            QueueFigures f = ErlangC.figures(classic(agents));
            assertEquals(1.0, f.pWait(), 0.0);
            assertEquals(0.0, f.serviceLevel(), 0.0);
            assertEquals(Double.POSITIVE_INFINITY, f.asaSeconds(), 0.0);
            assertEquals(1.0, f.occupancy(), 0.0);
        }
        assertEquals(1.0, ErlangC.pWait(10, 10), 0.0);
    }

    @Test
    @DisplayName("the probability of waiting falls and the service level rises as agents are added")
    void monotoneInAgents() {
        double lastWait = 1, lastSl = 0;
        for (int n = 11; n <= 30; n++) {
            QueueFigures f = ErlangC.figures(classic(n));
            assertTrue(f.pWait() < lastWait, "pWait at " + n);
            assertTrue(f.serviceLevel() > lastSl, "SL at " + n);
            lastWait = f.pWait();
            lastSl = f.serviceLevel();
        }
    }
}

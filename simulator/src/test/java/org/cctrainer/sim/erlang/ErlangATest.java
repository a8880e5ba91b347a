package org.cctrainer.sim.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Erlang A has no closed form to look up, and no published table of exact M/M/n+M figures was found
 * in a citable form, so it is checked three independent ways: against a brute-force solution built
 * from the model's definition ({@link BruteForceErlangA}), against the limits where it must become
 * another known model, and against identities from the literature. The model and its measures are
 * those of Garnett, Mandelbaum &amp; Reiman, "Designing a Call Center with Impatient Customers",
 * Manufacturing &amp; Service Operations Management 4(3):208–227 (2002),
 * https://ideas.repec.org/a/inm/ormsom/v4y2002i3p208-227.html, and Mandelbaum &amp; Zeltyn,
 * "The Palm/Erlang-A Queue, with Applications to Call Centers" (Technion, June 2005),
 * http://ie.technion.ac.il/serveng/References/Erlang_A.pdf, whose §4.6 relates P{Ab} to E(Q).
 */
@DisplayName("Erlang A (M/M/n+M, exponential patience)")
class ErlangATest {

    static Stream<Arguments> queues() {
        return Stream.of(
                // calls/h, AHT s, patience s, agents, T s, short-abandon s
                Arguments.of(new QueueModel(200, 180, 120, 8, 20, 5)),    // overloaded: a = 10 > 8
                Arguments.of(new QueueModel(200, 180, 300, 12, 20, 5)),
                Arguments.of(new QueueModel(200, 180, 60, 14, 30, 10)),
                Arguments.of(new QueueModel(96, 30, 30, 1, 15, 3)),       // a single agent, a = 0.8
                Arguments.of(new QueueModel(200, 180, 2, 10, 20, 1)),     // nμ/θ < 1: very impatient
                Arguments.of(new QueueModel(200, 180, 600, 9, 20, 40)));  // short-abandon window beyond T
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queues")
    @DisplayName("every figure matches a brute-force solution of the tagged arrival's own Markov chain")
    void matchesBruteForce(QueueModel m) {
        QueueFigures f = ErlangA.figures(m);
        BruteForceErlangA.Result r = BruteForceErlangA.solve(m);
        // The two agree to ~1e-15 in practice; the tolerances leave room for other JVMs' maths.
        assertEquals(r.pWait(), f.pWait(), 1e-12, "pWait");
        assertEquals(r.pAbandon(), f.pAbandon(), 1e-12, "pAbandon");
        assertEquals(1 - r.pAbandon(), r.answeredEventually(), 1e-9, "brute force is self-consistent");
        assertEquals(r.answeredWithin(), f.answeredWithinThreshold(), 1e-9, "answered within T");
        assertEquals(r.abandonedWithin(), f.abandonedWithinThreshold(), 1e-9, "abandoned within T");
        assertEquals(r.asaSeconds(), f.asaSeconds(), 1e-9 * Math.max(1, r.asaSeconds()), "ASA");
        assertEquals(r.answeredWithin(), f.serviceLevel(), 1e-9, "SL");
        assertEquals(r.answeredWithin() / (1 - r.pAbandon()), f.serviceLevelAnswered(), 1e-9, "SL answered");
        assertEquals(r.answeredWithin() / (1 - r.abandonedWithinShort()),
                f.serviceLevelExcludingShortAbandons(), 1e-9, "SL excluding short abandons");
        assertEquals(m.offeredLoadErlangs() * (1 - r.pAbandon()) / m.agents(), f.occupancy(), 1e-10);
    }

    @Test
    @DisplayName("with patience equal to the handling time it is an M/M/∞ queue, so P(wait) = P(Poisson(a) ≥ n)")
    void patienceEqualToAhtIsInfiniteServer() {
        // θ = μ: everyone present leaves at rate μ, agent or not, so the number present is Poisson(a).
        double a = 10;
        for (int n : new int[] {5, 10, 14, 20}) {
            QueueFigures f = ErlangA.figures(new QueueModel(200, 180, 180, n, 20, 0));
            double pmf = Math.exp(-a), below = 0, excessMean = 0;
            for (int k = 0; k < 200; k++) {
                if (k < n) {
                    below += pmf;
                } else {
                    excessMean += (k - n) * pmf;
                }
                pmf *= a / (k + 1);
            }
            assertEquals(1 - below, f.pWait(), 1e-12, "P(Poisson(10) >= " + n + ")");
            // λ·P(Ab) = θ·E[(N − n)⁺] with θ = μ, i.e. P(Ab) = E[(N − n)⁺]/a.
            assertEquals(excessMean / a, f.pAbandon(), 1e-12);
        }
    }

    @Test
    @DisplayName("as patience grows without bound it becomes Erlang C")
    void infinitePatienceLimitIsErlangC() {
        for (int n : new int[] {11, 12, 14, 20}) {
            QueueModel m = new QueueModel(200, 180, 1e9, n, 20, 5);
            QueueFigures a = ErlangA.figures(m);
            QueueFigures c = ErlangC.figures(m);
            assertEquals(c.pWait(), a.pWait(), 1e-6, "pWait, n=" + n);
            assertEquals(c.serviceLevel(), a.serviceLevel(), 1e-6, "SL, n=" + n);
            assertEquals(c.asaSeconds(), a.asaSeconds(), 1e-5 * c.asaSeconds(), "ASA, n=" + n);
            assertEquals(c.occupancy(), a.occupancy(), 1e-6, "occupancy, n=" + n);
            assertEquals(0.0, a.pAbandon(), 1e-5);
        }
    }

    @Test
    @DisplayName("when overloaded it settles where agents serve flat out and the excess abandons")
    void overloadedFluidLimit() {
        // a = 10 on 8 agents with very patient callers: the served fraction tends to n/a.
        QueueFigures f = ErlangA.figures(new QueueModel(200, 180, 1e7, 8, 20, 5));
        assertEquals(1 - 8.0 / 10.0, f.pAbandon(), 1e-6);
        assertEquals(1.0, f.occupancy(), 1e-6);
    }

    @Test
    @DisplayName("a zero threshold counts only immediate answers, and nobody abandons within no time")
    void zeroThreshold() {
        QueueFigures f = ErlangA.figures(new QueueModel(200, 180, 120, 11, 0, 0));
        assertEquals(1 - f.pWait(), f.serviceLevel(), 1e-12);
        assertEquals(0.0, f.abandonedWithinThreshold(), 1e-15);
        assertEquals(f.serviceLevel(), f.serviceLevelExcludingShortAbandons(), 1e-15);
    }

    @Test
    @DisplayName("a threshold far beyond anyone's patience counts every answer")
    void thresholdBeyondPatience() {
        // θT = 1440, so e^{−θT} is exactly 0 in doubles and x = 1.
        QueueFigures f = ErlangA.figures(new QueueModel(200, 180, 10, 9, 14_400, 14_400));
        assertEquals(1 - f.pAbandon(), f.serviceLevel(), 1e-12);
        assertEquals(1.0, f.serviceLevelAnswered(), 1e-12);
        assertEquals(f.pAbandon(), f.abandonedWithinThreshold(), 1e-12);
        assertEquals(1.0, f.serviceLevelExcludingShortAbandons(), 1e-12);
    }

    @Test
    @DisplayName("the three service levels are ordered: all arrivals ≤ excluding short abandons ≤ answered only")
    void serviceLevelDefinitionsAreOrdered() {
        for (int n = 6; n <= 16; n++) {
            QueueFigures f = ErlangA.figures(new QueueModel(200, 180, 90, n, 20, 5));
            assertTrue(f.serviceLevel() <= f.serviceLevelExcludingShortAbandons() + 1e-15, "n=" + n);
            assertTrue(f.serviceLevelExcludingShortAbandons() <= f.serviceLevelAnswered() + 1e-15, "n=" + n);
            assertTrue(f.abandonedWithinThreshold() <= f.pAbandon() + 1e-15, "n=" + n);
        }
    }

    @Test
    @DisplayName("more agents means less waiting, less abandoning and a higher service level")
    void monotoneInAgents() {
        QueueFigures last = ErlangA.figures(new QueueModel(200, 180, 120, 1, 20, 5));
        for (int n = 2; n <= 25; n++) {
            QueueFigures f = ErlangA.figures(new QueueModel(200, 180, 120, n, 20, 5));
            assertTrue(f.pWait() < last.pWait(), "pWait at " + n);
            assertTrue(f.pAbandon() < last.pAbandon(), "pAbandon at " + n);
            assertTrue(f.serviceLevel() > last.serviceLevel(), "SL at " + n);
            last = f;
        }
    }

    @Test
    @DisplayName("Erlang C with infinite patience and Erlang A are chosen by the dispatcher")
    void dispatcherPicksTheModel() {
        QueueModel patient = QueueModel.withoutAbandonment(200, 180, 14, 20);
        assertEquals(ErlangC.figures(patient), QueueingModels.figures(patient));
        QueueModel impatient = patient.withPatience(120);
        assertEquals(ErlangA.figures(impatient), QueueingModels.figures(impatient));
    }
}

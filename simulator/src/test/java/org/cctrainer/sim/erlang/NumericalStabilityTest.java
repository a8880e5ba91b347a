package org.cctrainer.sim.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("numerical stability at large scale")
class NumericalStabilityTest {

    /** Email-like: AHT 10 min, a day's patience, answered within 4 hours, 2,000 agents. */
    private static QueueModel email(double load, int agents) {
        double erlangs = load * 2000;
        return new QueueModel(erlangs * 3600 / 600, 600, 86_400, agents, 14_400, 60);
    }

    /** Chat-like: AHT 5 min, a minute's patience, 20 s threshold, 2,000 agents. */
    private static QueueModel chat(double load, int agents) {
        double erlangs = load * 2000;
        return new QueueModel(erlangs * 3600 / 300, 300, 60, agents, 20, 5);
    }

    @Test
    @DisplayName("Erlang A with 2,000 agents at 95% and 120% load gives finite figures in range, monotone in agents")
    void erlangAAtScale() {
        for (double load : new double[] {0.95, 1.2}) {
            for (boolean isEmail : new boolean[] {true, false}) {
                QueueFigures last = null;
                for (int n = 1900; n <= 2500; n += 50) {
                    QueueFigures f = ErlangA.figures(isEmail ? email(load, n) : chat(load, n));
                    assertSane(f);
                    if (last != null) {
                        String where = (isEmail ? "email" : "chat") + " load " + load + " n " + n;
                        // Absolute accuracy is ~1e-12, so where a figure is ~0 (an overloaded email
                        // queue's service level is ~1e-15) its neighbours may differ only by noise.
                        assertTrue(f.serviceLevel() >= last.serviceLevel() - 1e-11, "SL " + where);
                        assertTrue(f.pAbandon() <= last.pAbandon() + 1e-11, "pAbandon " + where);
                        assertTrue(f.pWait() <= last.pWait() + 1e-11, "pWait " + where);
                    }
                    last = f;
                }
            }
        }
    }

    @Test
    @DisplayName("an overloaded email queue abandons the excess load, as the fluid limit says")
    void overloadedEmailMatchesFluidLimit() {
        QueueFigures f = ErlangA.figures(email(1.2, 2000));
        // Agents serve flat out, so the answered fraction is n/a = 1/1.2 and 1/6 abandon; every
        // answered email waits about patience·ln(λ/nμ) = 86,400·ln 1.2 ≈ 15,752 s, beyond the 4 h
        // threshold, so almost none are answered within it.
        assertEquals(1 - 1 / 1.2, f.pAbandon(), 1e-6);
        assertEquals(86_400 * Math.log(1.2), f.asaSeconds(), 50);
        assertEquals(1.0, f.pWait(), 1e-9);
        assertTrue(f.serviceLevel() < 1e-6);
    }

    @Test
    @DisplayName("Erlang C with 2,000 agents agrees with a log-space sum of the Erlang B terms")
    void erlangCAtScale() {
        double a = 1900;
        int n = 2000;
        // log B = log(a^n/n!) − log Σ_k a^k/k!, by summing logs: independent of the recursion.
        double logTerm = 0, logSum = 0, logFactorial = 0;
        for (int k = 1; k <= n; k++) {
            logFactorial += Math.log(k);
            logTerm = k * Math.log(a) - logFactorial;
            logSum = BetaLadder.logAddExp(logSum, logTerm);
        }
        double expected = Math.exp(logTerm - logSum);
        assertEquals(expected, ErlangC.erlangB(a, n), 1e-9 * expected);
        QueueFigures f = ErlangC.figures(QueueModel.withoutAbandonment(a * 3600 / 300, 300, n, 20));
        assertSane(f);
        assertTrue(f.pWait() > 0 && f.pWait() < 1);
    }

    @Test
    @DisplayName("Erlang C at 120% load on 2,000 agents is reported unstable, not as garbage")
    void erlangCOverloadedAtScale() {
        QueueFigures f = ErlangC.figures(QueueModel.withoutAbandonment(2400 * 3600 / 300.0, 300, 2000, 20));
        assertEquals(1.0, f.pWait(), 0.0);
        assertEquals(0.0, f.serviceLevel(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, f.asaSeconds(), 0.0);
    }

    @Test
    @DisplayName("20,000 agents still compute quickly and sanely")
    void twentyThousandAgents() {
        QueueFigures c = ErlangC.figures(QueueModel.withoutAbandonment(19_500 * 12, 300, 20_000, 20));
        QueueFigures a = ErlangA.figures(new QueueModel(19_500 * 12, 300, 120, 20_000, 20, 5));
        assertSane(c);
        assertSane(a);
        assertTrue(a.serviceLevel() > 0.5 && c.serviceLevel() > 0.5);
    }

    private static void assertSane(QueueFigures f) {
        double[] probabilities = {f.pWait(), f.pAbandon(), f.serviceLevel(), f.serviceLevelAnswered(),
                f.serviceLevelExcludingShortAbandons(), f.occupancy(), f.answeredWithinThreshold(),
                f.abandonedWithinThreshold()};
        for (double p : probabilities) {
            assertTrue(p >= 0 && p <= 1, "out of [0, 1]: " + f);
        }
        assertTrue(Double.isFinite(f.asaSeconds()) && f.asaSeconds() >= 0, "ASA: " + f);
    }
}

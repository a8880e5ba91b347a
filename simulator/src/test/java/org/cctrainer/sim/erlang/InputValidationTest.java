package org.cctrainer.sim.erlang;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("bad input is refused, naming the parameter")
class InputValidationTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    @DisplayName("non-positive, infinite or NaN rates and times are refused")
    void badQueueModels() {
        refused("arrivalsPerHour", () -> new QueueModel(0, 180, INF, 10, 20, 0));
        refused("arrivalsPerHour", () -> new QueueModel(-5, 180, INF, 10, 20, 0));
        refused("arrivalsPerHour", () -> new QueueModel(NAN, 180, INF, 10, 20, 0));
        refused("arrivalsPerHour", () -> new QueueModel(INF, 180, INF, 10, 20, 0));
        refused("ahtSeconds", () -> new QueueModel(200, 0, INF, 10, 20, 0));
        refused("ahtSeconds", () -> new QueueModel(200, NAN, INF, 10, 20, 0));
        refused("patienceSeconds", () -> new QueueModel(200, 180, 0, 10, 20, 0));
        refused("patienceSeconds", () -> new QueueModel(200, 180, -1, 10, 20, 0));
        refused("patienceSeconds", () -> new QueueModel(200, 180, NAN, 10, 20, 0));
        refused("agents", () -> new QueueModel(200, 180, INF, 0, 20, 0));
        refused("thresholdSeconds", () -> new QueueModel(200, 180, INF, 10, -1, 0));
        refused("thresholdSeconds", () -> new QueueModel(200, 180, INF, 10, NAN, 0));
        refused("thresholdSeconds", () -> new QueueModel(200, 180, INF, 10, INF, 0));
        refused("shortAbandonSeconds", () -> new QueueModel(200, 180, INF, 10, 20, -3));
        refused("shortAbandonSeconds", () -> new QueueModel(200, 180, INF, 10, 20, NAN));
        refused("agents", () -> new QueueModel(200, 180, INF, 10, 20, 0).withAgents(-1));
    }

    @Test
    @DisplayName("infinite patience and a zero threshold are legitimate")
    void edgeValuesAccepted() {
        assertDoesNotThrow(() -> new QueueModel(200, 180, INF, 1, 0, 0));
    }

    @Test
    @DisplayName("the Erlang formulas refuse negative or NaN loads and fewer than one agent")
    void badFormulaArguments() {
        refused("erlangs", () -> ErlangC.erlangB(-1, 5));
        refused("erlangs", () -> ErlangC.erlangB(NAN, 5));
        refused("erlangs", () -> ErlangC.pWait(INF, 5));
        refused("agents", () -> ErlangC.erlangB(3, 0));
        refused("agents", () -> ErlangC.pWait(3, -2));
    }

    @Test
    @DisplayName("Erlang A refuses a queue whose callers never abandon")
    void erlangANeedsFinitePatience() {
        refused("patienceSeconds", () -> ErlangA.figures(QueueModel.withoutAbandonment(200, 180, 14, 20)));
    }

    private static void refused(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(parameter), "message should name " + parameter + ": " + e.getMessage());
    }
}

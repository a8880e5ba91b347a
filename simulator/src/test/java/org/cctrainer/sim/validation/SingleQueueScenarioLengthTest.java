package org.cctrainer.sim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.model.Forecast;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.SingleQueueScenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Found while sizing the Erlang agreement runs. {@code SingleQueueScenario.of(..., hours)} documents
 * "arrivals run for this long", and {@code Forecast.flat(perHour, hours)} "perHour contacts an hour for
 * hours"; but {@code Forecast.flat} makes ceil(4 × hours) full 15-minute intervals, so a length that is
 * not a whole number of quarter hours is padded: asked for 1.1 hours, arrivals run for 1.25 hours at the
 * full rate, past the scenario's own duration (1.1 h), and the forecast promises 4,500 contacts instead of
 * 3,960. (The measured KPIs of {@code simulate --hours} are unaffected, since later arrivals queue behind
 * the measured ones, but the forecast figures and the scenario's length disagree with each other.)
 */
@DisplayName("A what-if queue asked for a length that is not whole quarter hours")
class SingleQueueScenarioLengthTest {

    @Test
    @DisplayName("has arrivals for exactly that long, and a forecast of the rate times that length")
    void arrivalsStopAtTheRequestedLength() {
        double hours = 1.1;
        Scenario scenario = SingleQueueScenario.of(3600, 60, Double.POSITIVE_INFINITY, 5, 20, hours);
        Forecast forecast = scenario.queues().get(0).forecast();
        Simulation simulation = Simulation.start(scenario, 1);
        double[] lastArrival = {0};
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactArrived a) {
                lastArrival[0] = a.t();
            }
        });
        simulation.runUntil(2 * 3600);
        assertAll(
                () -> assertEquals(scenario.durationSeconds(), forecast.endSeconds(), 1e-6,
                        "the forecast ends when the scenario does"),
                () -> assertEquals(3600 * hours, forecast.total(), 1e-6, "3,600 an hour for 1.1 hours"),
                () -> assertTrue(lastArrival[0] <= hours * 3600,
                        "last arrival at " + lastArrival[0] + " s, after the requested " + hours * 3600 + " s"));
    }
}

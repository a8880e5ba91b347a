package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.ScheduledIncident;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.Forecast;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.random.Distribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Arrivals follow a time-varying forecast: over many simulated days the count in each 15-minute
 * interval is Poisson with the forecast (times any volume incident) as its mean. Each interval's
 * total over R days gives z = (N − R·v) / √(R·v); the test asserts every |z| < 4 and the sum of z²
 * below the 99.99% point of a χ² with one degree of freedom per interval.
 */
@DisplayName("A time-varying day")
class TimeVaryingDayTest {
    private static final double[] VOLUMES = {5, 12, 20, 31, 42, 55, 60, 58, 50, 44, 40, 38, 45, 52, 48, 40, 30, 22,
        15, 9, 6, 4, 3, 2};
    private static final int DAYS = 150;

    @Test
    @DisplayName("the contacts offered in each interval follow the forecast")
    void offeredFollowsForecast() {
        double[] expected = VOLUMES.clone();
        assertPoisson(countPerInterval(List.of()), expected, "plain forecast");
    }

    @Test
    @DisplayName("a volume incident starting mid-interval scales arrivals from that instant to its end")
    void volumeIncidentMidInterval() {
        // ×2 from 1:05 for 40 minutes: intervals 4 (from 1:05 to 1:15), 5, and 6 (1:30 to 1:45).
        ScheduledIncident surge = new ScheduledIncident(3900, new Incident.VolumeChange("surge", "Surge",
                List.of("q"), 2.0, 40));
        double[] expected = VOLUMES.clone();
        expected[4] *= 1 + 10.0 / 15;
        expected[5] *= 2;
        expected[6] *= 2;
        assertPoisson(countPerInterval(List.of(surge)), expected, "with a surge");
    }

    private static long[] countPerInterval(List<ScheduledIncident> incidents) {
        Forecast forecast = new Forecast(900, VOLUMES);
        QueueConfig queue = QueueConfig.simpleVoice("q", forecast, 60, new Distribution.None(), 20);
        List<AgentConfig> agents = List.of(AgentConfig.simple("a", "q", 7 * 3600, QualityTraits.PERFECT));
        Scenario scenario = new Scenario("varying", "Varying", "", 0, 6 * 3600, 1, List.of(queue), agents, incidents, 0,
                0);
        long[] counts = new long[VOLUMES.length];
        for (int day = 0; day < DAYS; day++) {
            Simulation simulation = Simulation.start(scenario, 1000 + day);
            simulation.addListener(e -> {
                if (e instanceof SimEvent.ContactArrived a) {
                    counts[(int) (a.t() / 900)]++;
                }
            });
            simulation.runUntil(6 * 3600);
        }
        return counts;
    }

    private static void assertPoisson(long[] counts, double[] perDay, String what) {
        double chiSquare = 0;
        for (int i = 0; i < counts.length; i++) {
            double mean = perDay[i] * DAYS;
            double z = (counts[i] - mean) / Math.sqrt(mean);
            assertTrue(Math.abs(z) < 4, what + ": interval " + i + " had " + counts[i] + " for a mean of " + mean);
            chiSquare += z * z;
        }
        // χ²(24 dof) 99.99% point is about 59.7.
        assertTrue(chiSquare < 59.7, what + ": χ² = " + chiSquare);
        assertEquals(counts.length, perDay.length);
    }
}

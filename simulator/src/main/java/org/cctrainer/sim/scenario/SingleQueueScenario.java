package org.cctrainer.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.Forecast;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.random.Distribution;

/**
 * The planner's what-if queue: one voice queue, Poisson arrivals at a constant rate,
 * exponential handle time and patience, identical agents, first come first served.
 * Exactly the M/M/n (+M) system Erlang C (A) describes, so the two can be compared.
 */
public final class SingleQueueScenario {
    public static final String QUEUE_ID = "queue";

    private SingleQueueScenario() {
    }

    /**
     * @param patienceSeconds mean patience, or +infinity for callers who never abandon
     * @param hours arrivals run for this long (warm-up plus measured span)
     */
    public static Scenario of(double arrivalsPerHour, double ahtSeconds, double patienceSeconds, int agents,
                              double thresholdSeconds, double hours) {
        Distribution patience = Double.isInfinite(patienceSeconds)
                ? new Distribution.None() : new Distribution.Exponential(patienceSeconds);
        QueueConfig queue = QueueConfig.simpleVoice(QUEUE_ID, Forecast.flat(arrivalsPerHour, hours), ahtSeconds,
                patience, thresholdSeconds);
        double duration = hours * 3600;
        // Agents stay on past the last arrival so every measured contact is followed to its end.
        double shiftEnd = duration + 30 * 24 * 3600.0;
        List<AgentConfig> roster = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            roster.add(AgentConfig.simple("agent-" + i, QUEUE_ID, shiftEnd, QualityTraits.PERFECT));
        }
        return new Scenario("single-queue", "Single queue", "M/M/n+M what-if queue", 0, duration, 1,
                List.of(queue), roster, List.of(), 0, 0);
    }
}

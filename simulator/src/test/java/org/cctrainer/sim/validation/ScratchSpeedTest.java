package org.cctrainer.sim.validation;

import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.scenario.SingleQueueScenario;
import org.junit.jupiter.api.Test;

class ScratchSpeedTest {
    @Test
    void speed() {
        for (int rep = 0; rep < 3; rep++) {
            for (int mode = 0; mode < 3; mode++) {
                var s = SingleQueueScenario.of(3000, 300, 120, 260, 20, 300);
                long t0 = System.nanoTime();
                Simulation sim = Simulation.start(s, 42, 0, 300 * 3600.0);
                if (mode == 1) sim.addListener(e -> { });
                if (mode == 2) sim.addListener(new BatchCollector(0, 300 * 3600.0, 20, 20, 5));
                sim.runUntil(300 * 3600.0);
                sim.drainMeasured();
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("mode %d: %d events in %.2f s = %.2fM ev/s%n", mode, sim.eventsProcessed(), secs,
                        sim.eventsProcessed() / secs / 1e6);
            }
        }
    }
}

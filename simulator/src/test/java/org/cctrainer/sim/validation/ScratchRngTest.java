package org.cctrainer.sim.validation;

import java.util.*;
import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.scenario.SingleQueueScenario;
import org.junit.jupiter.api.Test;

class ScratchRngTest {
    @Test
    void inputs() {
        int seeds = Integer.getInteger("seeds", 200);
        double hours = 1000;
        double lam = 42, aht = 180;
        double[] za = new double[seeds], zs = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            long seed = 1 + 1000L * k;
            var s = SingleQueueScenario.of(lam, aht, Double.POSITIVE_INFINITY, 3, 60, hours);
            Simulation sim = Simulation.start(s, seed);
            long[] arrivals = {0};
            double[] talk = {0, 0};
            sim.addListener(e -> {
                if (e instanceof SimEvent.ContactArrived) arrivals[0]++;
                if (e instanceof SimEvent.ContactCompleted c) { talk[0] += c.talkSeconds(); talk[1]++; }
            });
            sim.runUntil(hours * 3600);
            sim.drainMeasured();
            double expected = lam * hours;
            za[k] = (arrivals[0] - expected) / Math.sqrt(expected);
            double mean = talk[0] / talk[1];
            zs[k] = (mean - aht) / (aht / Math.sqrt(talk[1]));
            if (Math.abs(za[k]) > 3 || Math.abs(zs[k]) > 3 || seed == 38001) System.out.printf("seed %d za=%.2f zs=%.2f%n", seed, za[k], zs[k]);
        }
        System.out.printf("arrivals z: mean %.3f sd %.3f ; talk z: mean %.3f sd %.3f%n", ScratchExploreTest.mean(za), ScratchExploreTest.sd(za), ScratchExploreTest.mean(zs), ScratchExploreTest.sd(zs));
    }
}

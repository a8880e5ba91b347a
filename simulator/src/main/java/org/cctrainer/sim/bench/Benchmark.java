package org.cctrainer.sim.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.Forecast;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.model.SkillAssignment;
import org.cctrainer.sim.random.Distribution;
import org.cctrainer.sim.scenario.SingleQueueScenario;

/**
 * Throughput figures, outside the test suite (tests never assert speed):
 * W1, one queue, 3,000 calls/h, AHT 300 s, patience 120 s, 260 agents, 1,000 simulated hours;
 * the same W1 on a bare hand-written event loop, for the ratio; W2, 20 queues and 1,000 agents
 * with 3 of the 20 skills each at load 0.98 for 24 hours (patience 120 s keeps it stable).
 * Each is run {@code repeat} times in one JVM; the best and the median wall times are printed.
 */
public final class Benchmark {
    public static final String HELP = """
            bench [--workload w1|bare|w2|all] [--repeat N]

              Prints events, wall time and events per second for W1 (one queue, 3,000 calls/h, AHT
              300 s, patience 120 s, 260 agents, 1,000 hours), the bare event loop on W1, and W2
              (20 queues, 1,000 agents with 3 skills each, load 0.98, 24 hours); then W1's ratio
              to the bare loop. Each runs --repeat times (default 3) after one warm-up run.
            """;

    private Benchmark() {
    }

    public static void run(String workload, int repeat, PrintStream out) {
        out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        double w1 = Double.NaN;
        double bare = Double.NaN;
        if (workload.equals("all") || workload.equals("w1")) {
            w1 = measure("W1 simulator", repeat, out, Benchmark::w1);
        }
        if (workload.equals("all") || workload.equals("bare")) {
            bare = measure("W1 bare loop", repeat, out, () -> {
                var result = new BareEventLoop().run(3000, 300, 120, 260, 20, 1000, 42);
                return new long[] {result.events(), result.answered()};
            });
        }
        if (workload.equals("all") || workload.equals("w2")) {
            measure("W2 simulator", repeat, out, Benchmark::w2);
        }
        if (!Double.isNaN(w1) && !Double.isNaN(bare)) {
            out.printf(Locale.ROOT, "W1 simulator / bare loop (median wall time): %.2fx%n", w1 / bare);
        }
    }

    private interface Workload {
        /** Returns {events processed, contacts answered}. */
        long[] run();
    }

    /** Runs once to warm up, then {@code repeat} times; prints each and returns the median wall seconds. */
    private static double measure(String name, int repeat, PrintStream out, Workload workload) {
        workload.run();
        List<Double> walls = new ArrayList<>();
        long[] last = null;
        for (int i = 0; i < repeat; i++) {
            System.gc();
            long start = System.nanoTime();
            last = workload.run();
            walls.add((System.nanoTime() - start) / 1e9);
        }
        walls.sort(Double::compare);
        double median = walls.get(walls.size() / 2);
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "%-14s events %,d  answered %,d  wall best %.3f s  median %.3f s  "
                        + "%,.0f events/s  heap in use %d MB%n", name, last[0], last[1], walls.get(0), median,
                last[0] / median, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        return median;
    }

    static long[] w1() {
        Scenario scenario = SingleQueueScenario.of(3000, 300, 120, 260, 20, 1000);
        Simulation simulation = Simulation.start(scenario, 42);
        simulation.runUntil(1000 * 3600.0);
        simulation.drainMeasured();
        WindowKpis kpis = simulation.snapshot().total().sinceStart();
        return new long[] {simulation.eventsProcessed(), kpis.answered()};
    }

    static long[] w2() {
        Scenario scenario = w2Scenario();
        Simulation simulation = Simulation.start(scenario, 42);
        simulation.runUntil(24 * 3600.0);
        return new long[] {simulation.eventsProcessed(), simulation.snapshot().total().sinceStart().answered()};
    }

    /** 20 queues, 1,000 agents; agent j has skills j, j+1 and j+5 (mod 20), so each queue has 150 agents. */
    static Scenario w2Scenario() {
        int queues = 20;
        int agents = 1000;
        double aht = 300;
        double perHour = 0.98 * agents / queues * 3600 / aht;
        List<QueueConfig> configs = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            configs.add(QueueConfig.simpleVoice("q" + q, Forecast.flat(perHour, 24), aht,
                    new Distribution.Exponential(120), 20));
        }
        List<AgentConfig> roster = new ArrayList<>();
        for (int j = 0; j < agents; j++) {
            List<SkillAssignment> skills = List.of(SkillAssignment.primary("q" + j % queues),
                    SkillAssignment.primary("q" + (j + 1) % queues), SkillAssignment.primary("q" + (j + 5) % queues));
            roster.add(new AgentConfig("a" + j, "a" + j, "", skills, 0, 25 * 3600, List.of(), QualityTraits.PERFECT,
                    0, 0));
        }
        return new Scenario("w2", "W2", "benchmark", 0, 24 * 3600, 1, configs, roster, List.of(), 0, 0);
    }
}

package org.cctrainer.backend.bench;

import java.util.Arrays;
import org.cctrainer.backend.console.CommandParser;
import org.cctrainer.backend.core.ExerciseCore;
import org.cctrainer.backend.exercise.ReplayScript;
import org.cctrainer.backend.scoring.MarkingSchemes;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioLibrary;

/**
 * What a replay's seek back costs: the whole day replayed from the start, alerts every 5 s,
 * a sample and a score a minute, as a replay does it. Prints the median and worst of several
 * runs per shipped scenario.
 *
 * <pre>java -cp backend/target/cc-trainer.jar org.cctrainer.backend.bench.ReplaySeekBench [--repeat 7]</pre>
 */
public final class ReplaySeekBench {
    private ReplaySeekBench() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = args.length == 2 && args[0].equals("--repeat") ? Integer.parseInt(args[1]) : 7;
        System.out.printf("java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-24s %8s %12s %12s %12s%n", "scenario", "hours", "events", "median ms", "worst ms");
        for (String id : ScenarioLibrary.builtInIds()) {
            Scenario scenario = ScenarioLibrary.builtIn(id);
            var scheme = MarkingSchemes.builtIn(scenario);
            double[] millis = new double[repeat];
            long events = 0;
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                ExerciseCore core = new ExerciseCore(scenario, scenario.defaultSeed(), scheme);
                new ReplayScript(java.util.List.of()).advance(core, new CommandParser(scenario.startMinuteOfDay()),
                        scenario.durationSeconds());
                if (core.scored()) {
                    core.score(true);
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
                events = core.simulation().eventsProcessed();
            }
            Arrays.sort(millis);
            System.out.printf("%-24s %8.1f %12d %12.1f %12.1f%n", id, scenario.durationSeconds() / 3600, events,
                    millis[repeat / 2], millis[repeat - 1]);
        }
    }
}

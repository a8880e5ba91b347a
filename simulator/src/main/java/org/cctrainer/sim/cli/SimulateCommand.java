package org.cctrainer.sim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioException;
import org.cctrainer.sim.scenario.ScenarioLibrary;
import org.cctrainer.sim.scenario.SingleQueueScenario;

/**
 * {@code simulate}: a scenario day, or the planner's single what-if queue, run in accelerated
 * time; prints the since-start KPIs as JSON.
 */
final class SimulateCommand {
    static final List<String> FLAGS = List.of("scenario", "seed", "hours", "arrivals-per-hour", "aht", "patience",
            "agents", "threshold", "warmup-hours");

    static final String HELP = """
            simulate --scenario FILE|ID [--seed N] [--hours H]
            simulate --arrivals-per-hour L --aht S [--patience S] --agents N --threshold T --hours H
                     [--warmup-hours W] --seed N

              Runs a day in accelerated time and prints its KPIs as JSON: per queue and in total,
              offered, answered, answeredWithinThreshold, abandoned, abandonedWithinThreshold, waited,
              meanWaitAnsweredSeconds, serviceLevel, abandonRate, occupancy; and events, wallSeconds.

              --scenario     a scenario YAML file, or a built-in scenario id (see docs/scenarios.md)
              --hours        hours to run (a scenario: at most its length, default all of it)
              --seed         the run's seed: the same seed gives the same day (a scenario: default its own)

              The single-queue form is M/M/n (+M): Poisson arrivals, exponential handle time and
              patience, identical agents, first come first served. Contacts arriving in the warm-up
              are not counted; every contact arriving in the measured --hours is followed to its end.
              --patience is the mean patience in seconds (leave it out: nobody abandons).
            """;

    private SimulateCommand() {
    }

    static String run(Args args) throws UsageException {
        if (args.has("scenario")) {
            for (String flag : List.of("arrivals-per-hour", "aht", "patience", "agents", "threshold", "warmup-hours")) {
                if (args.has(flag)) {
                    throw new UsageException("--" + flag + " is for the single-queue form; leave it out with --scenario");
                }
            }
            return scenario(args);
        }
        if (!args.has("seed")) {
            throw new UsageException("simulate needs --seed (any whole number)");
        }
        return singleQueue(args, args.longInteger("seed", 0));
    }

    private static String scenario(Args args) throws UsageException {
        Scenario scenario;
        try {
            scenario = ScenarioLibrary.load(args.text("scenario"));
        } catch (ScenarioException e) {
            throw new UsageException(oneLine(e));
        }
        long seed = args.longInteger("seed", scenario.defaultSeed());
        double dayHours = scenario.durationSeconds() / 3600;
        double hours = args.number("hours", dayHours, 0.01, dayHours);
        long started = System.nanoTime();
        Simulation simulation = Simulation.start(scenario, seed);
        simulation.runUntil(hours * 3600);
        Map<String, Object> out = report(simulation, started);
        out.put("scenario", scenario.id());
        out.put("seed", seed);
        out.put("hours", hours);
        return Json.write(out);
    }

    private static String singleQueue(Args args, long seed) throws UsageException {
        double arrivals = args.number("arrivals-per-hour", 0.001, 10_000_000);
        double aht = args.number("aht", 0.001, 86_400);
        double patience = args.number("patience", Double.POSITIVE_INFINITY, 0.001, 86_400 * 7);
        int agents = args.integer("agents", 1, 100_000);
        double threshold = args.number("threshold", 0, 86_400);
        double hours = args.number("hours", 0.01, 100_000);
        double warmup = args.number("warmup-hours", 0, 0, 1000);
        if (arrivals * aht / 3600 >= agents && Double.isInfinite(patience)) {
            throw new UsageException("offered load " + fmt(arrivals * aht / 3600) + " Erlangs needs more than " + agents
                    + " agents when nobody abandons (the queue would grow without end); add agents or --patience");
        }
        long started = System.nanoTime();
        Scenario scenario = SingleQueueScenario.of(arrivals, aht, patience, agents, threshold, warmup + hours);
        Simulation simulation = Simulation.start(scenario, seed, warmup * 3600, (warmup + hours) * 3600);
        simulation.runUntil((warmup + hours) * 3600);
        simulation.drainMeasured();
        Map<String, Object> out = report(simulation, started);
        out.put("seed", seed);
        out.put("hours", hours);
        out.put("warmupHours", warmup);
        return Json.write(out);
    }

    private static Map<String, Object> report(Simulation simulation, long started) {
        KpiSnapshot snapshot = simulation.snapshot();
        Map<String, Object> out = Json.object();
        List<Object> queues = new ArrayList<>();
        for (QueueKpis queue : snapshot.queues()) {
            queues.add(figures(queue));
        }
        out.put("queues", queues);
        out.put("total", figures(snapshot.total()));
        out.put("events", simulation.eventsProcessed());
        out.put("wallSeconds", (System.nanoTime() - started) / 1e9);
        return out;
    }

    private static Map<String, Object> figures(QueueKpis queue) {
        WindowKpis k = queue.sinceStart();
        Map<String, Object> out = Json.object();
        out.put("id", queue.id());
        out.put("channel", queue.channel());
        out.put("offered", k.offered());
        out.put("answered", k.answered());
        out.put("answeredWithinThreshold", k.answeredWithinThreshold());
        out.put("abandoned", k.abandoned());
        out.put("abandonedWithinThreshold", k.abandonedWithinThreshold());
        out.put("waited", k.waited());
        out.put("meanWaitAnsweredSeconds", Json.number(k.asaSeconds()));
        out.put("serviceLevel", Json.number(k.serviceLevel()));
        out.put("abandonRate", Json.number(k.abandonRate()));
        out.put("occupancy", Json.number(k.occupancy()));
        out.put("serviceLevelDefinition", queue.serviceLevelDefinition());
        out.put("arrived", k.arrived());
        out.put("blocked", k.blocked());
        out.put("callbacksAccepted", k.callbacksAccepted());
        out.put("ahtSeconds", Json.number(k.ahtSeconds()));
        out.put("waitingAtEnd", queue.waiting());
        return out;
    }

    /** Every problem of a scenario file, on one line: "x.yaml: line 7, queues[0].channel: ...; line 9, ...". */
    static String oneLine(ScenarioException e) {
        StringBuilder line = new StringBuilder(e.source()).append(": ");
        for (int i = 0; i < e.problems().size(); i++) {
            line.append(i == 0 ? "" : "; ").append(e.problems().get(i));
        }
        return line.toString().replace('\n', ' ');
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}

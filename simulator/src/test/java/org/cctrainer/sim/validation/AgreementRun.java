package org.cctrainer.sim.validation;

import java.util.List;
import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.erlang.QueueFigures;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.SingleQueueScenario;

/**
 * One simulated run of an {@link ErlangCase} beside its analytic figures: a warm-up, then a
 * measured span whose contacts are followed to their end, tallied in {@link #SUB_BATCHES}
 * sub-batches by arrival time; {@link #BATCHES} batches are four sub-batches each.
 *
 * @param kpis     the simulator's own since-start KPIs for the measured cohort
 * @param fine     tallies per sub-batch (the batches are {@code fine.coarsen(4)})
 * @param surprises events the M/M/n(+M) model has no room for (should be none)
 */
record AgreementRun(ErlangCase c, QueueFigures analytic, WindowKpis kpis, BatchTallies fine, List<String> surprises,
                    long events, long wallMillis) {

    static final int BATCHES = 20;
    static final int SUB_BATCHES_PER_BATCH = 4;
    static final int SUB_BATCHES = BATCHES * SUB_BATCHES_PER_BATCH;

    static AgreementRun of(ErlangCase c) {
        long started = System.nanoTime();
        double from = c.warmupSeconds();
        double to = from + c.measuredSeconds();
        Scenario scenario = SingleQueueScenario.of(c.arrivalsPerHour(), c.ahtSeconds(), c.patienceSeconds(),
                c.agents(), c.thresholdSeconds(), to / 3600);
        Simulation simulation = Simulation.start(scenario, c.seed(), from, to);
        BatchCollector collector = new BatchCollector(from, to, SUB_BATCHES, c.thresholdSeconds(),
                ErlangCase.SHORT_ABANDON_SECONDS);
        simulation.addListener(collector);
        simulation.runUntil(to);
        simulation.drainMeasured();
        collector.advance(to);
        WindowKpis kpis = simulation.snapshot().queue(SingleQueueScenario.QUEUE_ID).sinceStart();
        return new AgreementRun(c, c.figures(), kpis, collector.tallies(),
                collector.surprises(), simulation.eventsProcessed(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The statistic in each of the {@link #BATCHES} batches. */
    BatchMeans batches(Statistic s) {
        return s.batches(fine.coarsen(SUB_BATCHES_PER_BATCH));
    }

    /** The statistic in each of the {@link #SUB_BATCHES} sub-batches (for the independence check). */
    BatchMeans subBatches(Statistic s) {
        return s.batches(fine);
    }

    /** The statistic over the whole measured span, from the listener's tallies. */
    double pooledFromEvents(Statistic s) {
        return s.inBatch(fine.pooled(), 0);
    }

    double analytic(Statistic s) {
        return s.analytic(analytic);
    }

    double simulated(Statistic s) {
        return s.simulated(kpis);
    }
}

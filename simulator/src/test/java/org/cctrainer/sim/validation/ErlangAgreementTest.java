package org.cctrainer.sim.validation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cctrainer.sim.erlang.QueueFigures;
import org.cctrainer.sim.kpi.WindowKpis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the simulator to the queueing models it claims to reproduce. The single-queue what-if
 * ({@code SingleQueueScenario}: Poisson arrivals, exponential handle time, exponential patience or none,
 * identical agents, first come first served) is exactly M/M/n (Erlang C) without patience and M/M/n+M
 * (Erlang A) with it, so in steady state every figure the simulator reports must agree with
 * {@code QueueingModels.figures} up to sampling error. The test measures that error from the run itself
 * and fails when a difference exceeds it.
 *
 * <h2>Method: batch means from one long run per case</h2>
 * <ol>
 *   <li><b>One run per case, fixed seed.</b> The test is deterministic: for a given simulator it always
 *       passes or always fails.</li>
 *   <li><b>Warm-up.</b> The day starts empty with every agent idle, which is not steady state. Contacts
 *       arriving in the first max(50 × AHT, 10 × τ) are not measured, τ being the queue's relaxation time,
 *       estimated as 1 / (nμ(1 − √ρ)² + θ) with θ = 1/patience (0 for Erlang C): when every agent is busy an
 *       M/M/n queue is an M/M/1 queue served at rate nμ, whose relaxation time is 1 / (nμ(1 − √ρ)²), and
 *       abandonment only speeds the return to equilibrium. Ten relaxation times shrink the empty-start
 *       transient to e<sup>−10</sup> of its size; the warm-up is rounded up to whole quarter hours, the
 *       forecast's interval. Heavy traffic without abandonment needs far more than
 *       50 AHT: at n = 100, ρ = 0.98, τ ≈ 99 AHT, so that case warms up for 990 AHT (83 hours).</li>
 *   <li><b>Measured cohort.</b> Contacts arriving in [warm-up, warm-up + span) are measured, each followed
 *       to its end ({@code Simulation.start(scenario, seed, from, to)}, {@code runUntil(to)},
 *       {@code drainMeasured()}).</li>
 *   <li><b>Batches by arrival time.</b> The span is split into B = 20 equal batches by ARRIVAL time. A
 *       batch's value of a statistic is a ratio over the contacts that arrived in it, whenever they were
 *       answered or abandoned: P(wait) = waited ÷ offered; SL = answered within T ÷ (answered + abandoned);
 *       SL answered = answered within T ÷ answered; SL excluding short abandons = answered within T ÷
 *       (answered + abandoned − abandoned within 5 s); ASA = summed wait of answered contacts ÷ answered;
 *       P(abandon) = abandoned ÷ offered. Occupancy is busy ÷ staffed agent-seconds in the batch's stretch of
 *       clock time.</li>
 *   <li><b>Estimate.</b> The pooled ratio over the whole span, which is the simulator's own since-start
 *       KPI: what a user sees. (The test first checks that the KPI equals the pooled ratio of the event
 *       stream, count for count.)</li>
 *   <li><b>Standard error.</b> SE = s/√B, s being the sample standard deviation of the B batch values.</li>
 *   <li><b>Tolerance.</b> |estimate − analytic| ≤ t × SE + floor, where t = 3.883 is the two-sided 99.9%
 *       Student t quantile with B − 1 = 19 degrees of freedom (t<sub>0.9995, 19</sub>), and the floor is
 *       0.002 for probabilities and occupancy and 0.05 s for ASA: slack for the discreteness of counts,
 *       so that a freakishly small SE cannot make the check stricter than the data can support.</li>
 *   <li><b>Independence check.</b> The t interval assumes independent batch values. The test computes the
 *       lag-1 autocorrelation r₁ of the statistic over 80 sub-batches (a quarter batch each) and fails,
 *       asking for a longer measured span, if r₁ &gt; 0.3 for any statistic. For positively correlated output
 *       the correlation between adjacent batch means falls roughly in proportion to batch length, so
 *       sub-batches that pass vouch for the batches; and with 80 values the sampling s.d. of r₁ under
 *       independence is about 0.11, so the 0.3 bar trips by chance a few times in a thousand, where with
 *       20 values (s.d. about 0.21) it would trip about once in twenty. r₁ of the 20 batches is reported too.</li>
 *   <li><b>A meaningful width.</b> Each case also asserts its SL half-width (t × SE) is at most a budget,
 *       0.02 (0.03 for the critically loaded n = 100, ρ = 0.98 Erlang C queue), so that shortening a run
 *       cannot quietly turn the comparison into a formality.</li>
 *   <li><b>No common bias.</b> The cases are independent runs, so with no bias their z = (estimate −
 *       analytic)/SE are independent t<sub>19</sub> draws (variance 19/17). A last test requires the mean z
 *       of each statistic over the cases it applies to (10, or 5 for the abandonment figures) to lie within
 *       3.29 × √(19/17 ÷ k): a bias of a fraction of an SE shared by every case, invisible case by case,
 *       shows up there. It also prints the whole table.</li>
 * </ol>
 *
 * <h2>Run lengths</h2>
 * The cost of a run is its number of contacts (about two events each), while the variance of the
 * estimates per contact grows with the time the queue takes to forget its state: the relaxation time in
 * contacts is about ρ/(1 − √ρ)², 140 at ρ = 0.85, 1,500 at ρ = 0.95, 9,700 at ρ = 0.98 without
 * abandonment, whatever n. Spans were chosen so the SL half-width is about 0.004–0.02: from 4,000 hours
 * (170,000 contacts) for the 3-agent queue to 10,000 hours (11.8 million contacts) for n = 100, ρ = 0.98,
 * about 27 million contacts in all. The runs are independent and single-threaded, so they are computed
 * concurrently, one per core, when the class starts; their results do not depend on that scheduling.
 *
 * <h2>What a failure means</h2>
 * At nominal 99.9% per comparison and some 60 comparisons (strongly correlated within a case), a correct
 * simulator run with fresh seeds would fail somewhere in the class a few per cent of the time, a little
 * more than nominal because batch-means t intervals are slightly optimistic (in a 200-seed trial of the
 * 3-agent case with 1,000-hour runs, (estimate − analytic)/SE had s.d. 1.08–1.15 against 1.06 for
 * t<sub>19</sub>; pooled over 100 seeds of its 4,000-hour run, P(wait) came to 0.49256 ± 0.0004 against
 * Erlang C's 0.49234 and ASA to 98.63 ± 0.25 s against 98.47 s, so no bias hides under the tolerance). The
 * seeds are fixed, so that happens only when a change to the simulator alters its random draws; a
 * failure then shows its z = (estimate − analytic)/SE: several statistics of one case at |z| ≈ 4 after
 * such a change calls for a look at another seed or a longer span, a |z| of 10 calls for a bug hunt.
 */
@DisplayName("The simulator agrees with Erlang C and Erlang A")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErlangAgreementTest {

    /** Two-sided confidence of each comparison. */
    static final double CONFIDENCE = 0.999;
    /** Largest lag-1 autocorrelation of sub-batch values accepted as independent. */
    static final double MAX_LAG1 = 0.3;
    static final double DEFAULT_SL_BUDGET = 0.02;

    static final List<ErlangCase> CASES = List.of(
            erlangC("n=3 ρ=0.70 C", "a 3-agent queue at 70% load with patient callers matches Erlang C",
                    3, 0.70, 180, 60, 4000, 1103),
            erlangA("n=5 ρ=0.90 A", "a 5-agent queue at 90% load with impatient callers matches Erlang A",
                    5, 0.90, 240, 180, 30, 3000, 1105),
            erlangC("n=10 ρ=0.85 C", "a 10-agent queue at 85% load with patient callers matches Erlang C",
                    10, 0.85, 300, 30, 8000, 1110),
            erlangA("n=25 ρ=0.98 A", "a 25-agent queue at 98% load with impatient callers matches Erlang A",
                    25, 0.98, 300, 300, 60, 2000, 1125),
            erlangC("n=50 ρ=0.90 C", "a 50-agent queue at 90% load with patient callers matches Erlang C",
                    50, 0.90, 240, 20, 3000, 1150),
            erlangA("n=100 ρ=0.95 A", "a 100-agent queue at 95% load with impatient callers matches Erlang A",
                    100, 0.95, 300, 200, 20, 800, 1200),
            new ErlangCase("n=100 ρ=0.98 C",
                    "a critically loaded 100-agent queue at 98% load with patient callers matches Erlang C",
                    0.98 * 100 * 3600 / 300, 300, Double.POSITIVE_INFINITY, 100, 20, 10000, 1201, 0.03),
            new ErlangCase("W1 n=260 A",
                    "the W1 benchmark queue (260 agents, 3,000 calls/h, AHT 300 s, patience 120 s) matches Erlang A",
                    3000, 300, 120, 260, 20, 800, 1260, DEFAULT_SL_BUDGET),
            erlangA("n=500 ρ=0.98 A", "a 500-agent queue at 98% load with impatient callers matches Erlang A",
                    500, 0.98, 300, 60, 10, 400, 1500),
            erlangC("n=500 ρ=0.95 C", "a 500-agent queue at 95% load with patient callers matches Erlang C",
                    500, 0.95, 300, 10, 1000, 1501));

    /** The statistics every case is held to (P(abandon) only where callers abandon). */
    static final List<Statistic> HEADLINE = List.of(Statistic.P_WAIT, Statistic.SERVICE_LEVEL,
            Statistic.SERVICE_LEVEL_ANSWERED, Statistic.ASA, Statistic.P_ABANDON, Statistic.OCCUPANCY);
    static final List<Statistic> OTHER_SERVICE_LEVELS = List.of(Statistic.SERVICE_LEVEL_ANSWERED,
            Statistic.SERVICE_LEVEL_EXCLUDING_SHORT);

    private static ExecutorService pool;
    private static final Map<ErlangCase, Future<AgreementRun>> RUNS = new ConcurrentHashMap<>();
    private static long classStarted;

    static ErlangCase erlangC(String name, String story, int agents, double load, double aht, double threshold,
                              double measuredHours, long seed) {
        return new ErlangCase(name, story, load * agents * 3600 / aht, aht, Double.POSITIVE_INFINITY, agents,
                threshold, measuredHours, seed, DEFAULT_SL_BUDGET);
    }

    static ErlangCase erlangA(String name, String story, int agents, double load, double aht, double patience,
                              double threshold, double measuredHours, long seed) {
        return new ErlangCase(name, story, load * agents * 3600 / aht, aht, patience, agents, threshold,
                measuredHours, seed, DEFAULT_SL_BUDGET);
    }

    static Stream<Arguments> cases() {
        return CASES.stream().map(c -> Arguments.of(Named.of(c.story(), c)));
    }

    static Stream<Arguments> impatientCases() {
        return CASES.stream().filter(ErlangCase::erlangA).map(c -> Arguments.of(Named.of(c.story(), c)));
    }

    /** Starts every run at once, longest first, one thread per core; tests then wait for theirs. */
    @BeforeAll
    static void startRuns() {
        classStarted = System.nanoTime();
        int threads = Math.max(1, Math.min(CASES.size(), Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "erlang-agreement");
            thread.setDaemon(true);
            return thread;
        });
        CASES.stream()
                .sorted(Comparator.comparingDouble((ErlangCase c) -> c.arrivalsPerHour() * c.measuredHours()).reversed())
                .forEach(c -> RUNS.put(c, pool.submit(() -> AgreementRun.of(c))));
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    @Order(1)
    @DisplayName("every case is a demanding one: SL between 0.3 and 0.99, and callers who abandon do so at least 0.5% of the time")
    void casesAreNonTrivial() {
        List<Executable> checks = new ArrayList<>();
        for (ErlangCase c : CASES) {
            QueueFigures f = c.figures();
            checks.add(() -> assertTrue(f.serviceLevel() >= 0.3 && f.serviceLevel() <= 0.99,
                    c + ": analytic SL " + f.serviceLevel()));
            checks.add(() -> assertTrue(c.load() >= 0.7 - 1e-9 && c.load() <= 0.98 + 1e-9, c + ": load " + c.load()));
            if (c.erlangA()) {
                checks.add(() -> assertTrue(f.pAbandon() >= 0.005, c + ": analytic P(abandon) " + f.pAbandon()));
            }
        }
        assertTrue(CASES.stream().mapToInt(ErlangCase::agents).min().orElseThrow() <= 3);
        assertTrue(CASES.stream().mapToInt(ErlangCase::agents).max().orElseThrow() >= 500);
        assertAll(checks);
    }

    @ParameterizedTest(name = "{0}")
    @Order(2)
    @MethodSource("cases")
    @DisplayName("P(wait), service level, ASA, P(abandon) and occupancy agree with the analytic model")
    void agreesWithItsAnalyticModel(ErlangCase c) {
        AgreementRun run = run(c);
        List<Statistic> statistics = statisticsOf(c);
        print(run, statistics);
        assertFaithfulAndConsistent(run);
        List<Executable> checks = new ArrayList<>();
        for (Statistic s : statistics) {
            checks.add(() -> assertIndependentBatches(run, s));
            checks.add(() -> assertAgrees(run, s));
        }
        double slHalfWidth = run.batches(Statistic.SERVICE_LEVEL).halfWidth(CONFIDENCE);
        checks.add(() -> assertTrue(slHalfWidth <= c.maxSlHalfWidth(), String.format(Locale.ROOT,
                "%s: the SL half-width %.4f is wider than %.3f, too loose to be a meaningful check: "
                        + "lengthen the measured span (now %.0f h)", c, slHalfWidth, c.maxSlHalfWidth(),
                c.measuredHours())));
        assertAll(c.name(), checks);
    }

    @ParameterizedTest(name = "{0}")
    @Order(3)
    @MethodSource("impatientCases")
    @DisplayName("with abandonment, the answered-only and short-abandons-excluded service levels agree with Erlang A too")
    void otherServiceLevelDefinitionsAgreeWithErlangA(ErlangCase c) {
        AgreementRun run = run(c);
        print(run, OTHER_SERVICE_LEVELS);
        assertFaithfulAndConsistent(run);
        QueueFigures f = run.analytic();
        List<Executable> checks = new ArrayList<>();
        for (Statistic s : OTHER_SERVICE_LEVELS) {
            checks.add(() -> assertIndependentBatches(run, s));
            checks.add(() -> assertAgrees(run, s));
        }
        // The definitions must really differ here, or this test would repeat the default one.
        checks.add(() -> assertTrue(f.serviceLevelAnswered() - f.serviceLevel() > 0.005,
                c + ": answered-only SL barely differs from the default"));
        checks.add(() -> assertTrue(f.serviceLevelExcludingShortAbandons() - f.serviceLevel() > 0.001,
                c + ": excluding short abandons barely changes the SL"));
        assertAll(c.name(), checks);
    }

    @Test
    @Order(4)
    @DisplayName("taken together, the cases show no systematic bias in any figure (and here is the whole table)")
    void noSystematicBiasAcrossCases() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nErlang agreement: simulated (since-start KPI of the measured cohort) "
                        + "vs analytic. ±99.9%% = t(%d df) × SE of %d batch means (the check allows that plus 0.002, "
                        + "or 0.05 s for ASA); z = diff ÷ SE; r1 = lag-1 autocorrelation of %d batch / %d sub-batch "
                        + "values%n", AgreementRun.BATCHES - 1, AgreementRun.BATCHES, AgreementRun.BATCHES,
                AgreementRun.SUB_BATCHES));
        out.append(header());
        long contacts = 0;
        long events = 0;
        long runMillis = 0;
        for (ErlangCase c : CASES) {
            AgreementRun run = run(c);
            rows(run, statisticsOf(c)).forEach(out::append);
            contacts += run.kpis().offered();
            events += run.events();
            runMillis += run.wallMillis();
        }
        out.append(String.format(Locale.ROOT, "%nThe other service-level definitions, where callers abandon:%n"));
        out.append(header());
        for (ErlangCase c : CASES) {
            if (c.erlangA()) {
                rows(run(c), OTHER_SERVICE_LEVELS).stream().skip(1).forEach(out::append);
            }
        }
        // The cases are independent runs, so under "no bias" their z's are independent t(19) draws
        // (variance 19/17): their mean over k cases has s.d. √(19/17/k). A bias of a fraction of an SE
        // in every case, invisible case by case, shows up here.
        double zCritical = StudentT.twoSided(CONFIDENCE, 1e9);
        List<Executable> checks = new ArrayList<>();
        out.append(String.format(Locale.ROOT, "%nMean z across cases (|mean| must stay within %.2f × its s.d.):%n",
                zCritical));
        for (Statistic s : Statistic.values()) {
            List<ErlangCase> applicable = CASES.stream().filter(c -> statisticsOf(c).contains(s)
                    || (c.erlangA() && OTHER_SERVICE_LEVELS.contains(s))).toList();
            double meanZ = applicable.stream().mapToDouble(c -> z(run(c), s)).average().orElseThrow();
            double bound = zCritical * Math.sqrt(19.0 / 17.0 / applicable.size());
            out.append(String.format(Locale.ROOT, "  %-15s %2d cases  mean z %+.2f  bound ±%.2f%n", s.label,
                    applicable.size(), meanZ, bound));
            checks.add(() -> assertTrue(Math.abs(meanZ) <= bound, String.format(Locale.ROOT,
                    "%s: the mean z over %d cases is %+.2f, beyond ±%.2f: a small bias common to every case",
                    s.label, applicable.size(), meanZ, bound)));
        }
        out.append(String.format(Locale.ROOT, "%,d measured contacts, %,d events; the runs took %.1f s in all, "
                        + "%.1f s of wall time since the class started%n", contacts, events, runMillis / 1000.0,
                (System.nanoTime() - classStarted) / 1e9));
        System.out.print(out);
        assertAll(checks);
    }

    // ---- assertions ------------------------------------------------------------------------------

    /** The run is the model (no repeats, callbacks...) and its KPIs are the pooled event stream. */
    private static void assertFaithfulAndConsistent(AgreementRun run) {
        ErlangCase c = run.c();
        assertTrue(run.surprises().isEmpty(), c + ": events the M/M/n(+M) model has no room for: "
                + run.surprises());
        BatchTallies all = run.fine().pooled();
        WindowKpis k = run.kpis();
        assertAll(c + ": since-start KPIs equal the pooled event stream",
                () -> assertEquals(all.offered[0], k.offered(), "offered"),
                () -> assertEquals(k.offered(), k.arrived(), "arrived = offered (no IVR, no outage)"),
                () -> assertEquals(all.waited[0], k.waited(), "waited"),
                () -> assertEquals(all.answered[0], k.answered(), "answered"),
                () -> assertEquals(all.answeredWithin[0], k.answeredWithinThreshold(), "answered within T"),
                () -> assertEquals(all.abandoned[0], k.abandoned(), "abandoned"),
                () -> assertEquals(all.abandonedShort[0], k.abandonedShort(), "abandoned short"),
                () -> assertEquals(k.offered(), k.answered() + k.abandoned(), "every measured contact ended"),
                () -> assertEquals(run.pooledFromEvents(Statistic.ASA), k.asaSeconds(),
                        1e-9 * Math.max(1, k.asaSeconds()), "ASA"),
                () -> assertEquals(run.pooledFromEvents(Statistic.OCCUPANCY), k.occupancy(), 1e-9, "occupancy"));
    }

    private static void assertIndependentBatches(AgreementRun run, Statistic s) {
        double r1 = run.subBatches(s).lag1Autocorrelation();
        if (r1 > MAX_LAG1) {
            fail(String.format(Locale.ROOT, "%s, %s: lag-1 autocorrelation %.2f of %d sub-batch values exceeds %.1f,"
                            + " so batches of %.0f h are not independent and the half-width would be too narrow:"
                            + " lengthen the measured span (now %.0f h)", run.c(), s.label, r1,
                    AgreementRun.SUB_BATCHES, MAX_LAG1, run.c().measuredHours() / AgreementRun.BATCHES,
                    run.c().measuredHours()));
        }
    }

    private static void assertAgrees(AgreementRun run, Statistic s) {
        double analytic = run.analytic(s);
        double simulated = run.simulated(s);
        BatchMeans batches = run.batches(s);
        double halfWidth = batches.halfWidth(CONFIDENCE);
        double tolerance = halfWidth + s.floor;
        assertTrue(Math.abs(simulated - analytic) <= tolerance, String.format(Locale.ROOT,
                "%s, %s (%s): simulated %.5f vs analytic %.5f, off by %.5f = %.1f SE; allowed %.5f "
                        + "(%.1f%% half-width %.5f + floor %.3f)", run.c(), s.label, s.definition, simulated,
                analytic, simulated - analytic, (simulated - analytic) / batches.standardError(), tolerance,
                CONFIDENCE * 100, halfWidth, s.floor));
    }

    // ---- runs and the table ----------------------------------------------------------------------

    private static AgreementRun run(ErlangCase c) {
        try {
            return RUNS.get(c).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(c + ": the simulation failed", e.getCause());
        }
    }

    private static List<Statistic> statisticsOf(ErlangCase c) {
        return HEADLINE.stream().filter(s -> s != Statistic.P_ABANDON || c.erlangA()).toList();
    }

    private static double z(AgreementRun run, Statistic s) {
        return (run.simulated(s) - run.analytic(s)) / run.batches(s).standardError();
    }

    private static void print(AgreementRun run, List<Statistic> statistics) {
        StringBuilder out = new StringBuilder(header());
        rows(run, statistics).forEach(out::append);
        System.out.print(out);
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-16s %-15s %10s %10s %9s %9s %6s %6s %6s%n", "case", "statistic",
                "analytic", "simulated", "±99.9%", "diff", "z", "r1(20)", "r1(80)");
    }

    private static List<String> rows(AgreementRun run, List<Statistic> statistics) {
        ErlangCase c = run.c();
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%s: λ=%.1f/h AHT=%.0fs patience=%s n=%d T=%.0fs ρ=%.4f; warm-up %.0f h "
                        + "(τ≈%.1f AHT), measured %.0f h, %,d contacts, %,d events, %.1f s%n", c.name(),
                c.arrivalsPerHour(), c.ahtSeconds(), c.erlangA() ? String.format(Locale.ROOT, "%.0fs",
                        c.patienceSeconds()) : "none", c.agents(), c.thresholdSeconds(), c.load(),
                c.warmupSeconds() / 3600, c.relaxationSeconds() / c.ahtSeconds(), c.measuredHours(),
                run.kpis().offered(), run.events(), run.wallMillis() / 1000.0));
        for (Statistic s : statistics) {
            BatchMeans batches = run.batches(s);
            double analytic = run.analytic(s);
            double simulated = run.simulated(s);
            rows.add(String.format(Locale.ROOT, "%-16s %-15s %10.4f %10.4f %9.4f %+9.4f %+6.2f %+6.2f %+6.2f%n",
                    c.name(), s.label, analytic, simulated, batches.halfWidth(CONFIDENCE), simulated - analytic,
                    z(run, s), batches.lag1Autocorrelation(),
                    run.subBatches(s).lag1Autocorrelation()));
        }
        return rows;
    }
}

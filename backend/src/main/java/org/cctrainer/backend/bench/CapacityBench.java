package org.cctrainer.backend.bench;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cctrainer.backend.Trainer;
import org.cctrainer.backend.exercise.ExerciseActor;
import org.cctrainer.backend.exercise.ScenarioCatalog;
import org.cctrainer.backend.metrics.ServerMetrics;
import org.cctrainer.sim.model.Scenario;

/**
 * How many exercises at 1× one trainer runs on this machine before ticks are late: exercises
 * are added a batch at a time, each with one viewer socket (so every tick is really encoded,
 * fanned out and delivered), and after each batch a window is measured. It stops when the
 * window's p99 tick lag passes the limit, or at the caps on exercises and time.
 *
 * <pre>
 * java -cp backend/target/cc-trainer.jar org.cctrainer.backend.bench.CapacityBench \
 *     --batch 10 --interval 10 --limit-ms 100 --max-exercises 2000 --max-minutes 10
 * </pre>
 *
 * <p>Tick lag: {@code /metrics} exports {@code cctrainer_tick_lag_seconds} as a histogram whose
 * buckets count everything since the start (there is no {@code quantile} series), so each
 * window's p50/p99 are computed from the difference of the buckets between a scrape just after
 * the batch is connected and one at the end of the interval. The bucket bounds near 100 ms are
 * 89.5 and 111.8 ms; within a bucket the value is interpolated linearly.
 *
 * <p>Exercises are started through {@code POST /api/exercises} until the trainer refuses with
 * 409 (its cap, {@code ExerciseApi.MAX_EXERCISES} = 200); beyond that they are deployed
 * in-process exactly as the API does (an {@link ExerciseActor} on the trainer's Vert.x, with
 * the trainer's registry and meters, found by reflection because {@link Trainer} does not
 * expose them). Viewers connect through the real WebSocket path either way.
 */
public final class CapacityBench {
    private static final String USAGE = "CapacityBench [--batch 10] [--interval 10] [--settle 2] [--limit-ms 100]"
            + " [--max-exercises 2000] [--max-minutes 10] [--scenario free-practice] [--speed 1]"
            + " [--warmup-exercises 10] [--warmup 10]"
            + " [--clients-in-process] [--client-event-loops 2] [--client-jvm-options \"...\"] [--deflate]";

    private CapacityBench() {
    }

    record Row(int exercises, double seconds, double ticksMade, double lagP50, double lagP99, double lagAbove,
               double loopP99, ClientFleet.ClientSample clients, ProcessSampler.Window process, double scrapeMillis,
               int scrapeSeries) {
    }

    public static void main(String[] argv) throws Exception {
        BenchSupport.Args args = new BenchSupport.Args(argv, USAGE);
        int batch = args.integer("batch", 10);
        double interval = args.number("interval", 10);
        double settle = args.number("settle", 2);
        double limit = args.number("limit-ms", 100) / 1000;
        int maxExercises = args.integer("max-exercises", 2000);
        double maxMinutes = args.number("max-minutes", 10);
        String scenarioId = args.text("scenario", "free-practice");
        double speed = args.number("speed", 1);
        int warmupExercises = args.integer("warmup-exercises", 10);
        double warmup = args.number("warmup", 10);
        BenchSupport.machine();
        Path data = Files.createTempDirectory("cc-bench-capacity");
        Trainer trainer = BenchSupport.startTrainer(data);
        int port = trainer.port();
        Scenario scenario = ScenarioCatalog.loadBuiltIn().get(scenarioId).orElseThrow();
        System.out.printf("trainer on %s:%d; +%d exercises (%s at %s×, one viewer each) every %s s, windows of %s s "
                        + "after %s s to settle; stop when p99 tick lag > %s ms, at %d exercises or after %s min%n",
                BenchSupport.HOST, port, batch, scenarioId, speed, interval, interval - settle, settle,
                BenchSupport.ms(limit), maxExercises, maxMinutes);
        List<Row> rows = new ArrayList<>();
        ServerMetrics direct = null;
        int started = 0;
        int viaApi = 0;
        long deadline = System.nanoTime() + (long) (maxMinutes * 60e9);
        String stopReason = "the cap of " + maxExercises + " exercises";
        ProcessSampler sampler = new ProcessSampler();
        try (ClientFleet fleet = BenchSupport.fleet(args, port)) {
            if (warmupExercises > 0) {
                warmUp(port, fleet, scenarioId, speed, warmupExercises, warmup);
            }
            while (true) {
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < batch && started < maxExercises; i++) {
                    long seed = 1000 + started;
                    String id = direct == null ? BenchSupport.startExercise(port, scenarioId, speed, seed) : null;
                    if (id != null) {
                        viaApi++;
                    } else {
                        if (direct == null) {
                            System.out.printf("the API refused exercise %d (its cap); starting the rest in-process%n",
                                    started + 1);
                            direct = trainerMetrics(trainer);
                        }
                        id = trainer.registry().newId();
                        trainer.registry().putAccess(id, new org.cctrainer.backend.exercise.ExerciseAccess("BENCH-" + started,
                                trainer.security().observerToken(id)));
                        ExerciseActor actor = new ExerciseActor(id, scenario, null, seed, speed, Instant.now().toString(),
                                trainer.registry(), direct);
                        trainer.vertx().deployVerticle(actor).toCompletionStage().toCompletableFuture()
                                .get(60, TimeUnit.SECONDS);
                    }
                    paths.add(BenchSupport.watchPath(port, id));
                    started++;
                }
                ClientFleet.ConnectResult connect = fleet.connect(paths, 1);
                if (connect.failed() > 0 || connect.withoutFirstMessage() > 0) {
                    System.out.println("viewers: " + connect.describe());
                }
                BenchSupport.sleepSeconds(settle);
                Scrape before = BenchSupport.scrape(port);
                fleet.sample();
                sampler.start();
                BenchSupport.sleepSeconds(interval - settle);
                // The viewers' window closes before the second scrape: with a large registry a scrape
                // blocks a gateway's event loop for a while, and the window should hold the effect
                // of one scrape per interval (as a Prometheus scraping every 10 s would), not two.
                ClientFleet.ClientSample clients = fleet.sample();
                ProcessSampler.Window process = sampler.stop();
                Scrape after = BenchSupport.scrape(port);
                double seconds = (after.atNanos() - before.atNanos()) / 1e9;
                Scrape.Histogram lag = after.histogram("cctrainer_tick_lag_seconds")
                        .since(before.histogram("cctrainer_tick_lag_seconds"));
                Scrape.Histogram loop = after.histogram("cctrainer_event_loop_delay_seconds")
                        .since(before.histogram("cctrainer_event_loop_delay_seconds"));
                Row row = new Row(started, seconds, lag.count() / seconds, lag.quantile(0.5), lag.quantile(0.99),
                        lag.countAbove(limit) / Math.max(1, lag.count()), loop.quantile(0.99), clients, process,
                        after.fetchMillis(), after.seriesCount());
                rows.add(row);
                print(row, (int) Math.round(after.value("cctrainer_exercises_running")));
                if (row.lagP99() > limit) {
                    stopReason = String.format("p99 tick lag %s ms > %s ms", BenchSupport.ms(row.lagP99()),
                            BenchSupport.ms(limit));
                    break;
                }
                if (started >= maxExercises) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    stopReason = "the time cap of " + maxMinutes + " min";
                    break;
                }
            }
            long closeMillis = fleet.closeAll();
            System.out.printf("closed every viewer in %.1f s%n", closeMillis / 1000.0);
        } finally {
            sampler.shutdown();
            BenchSupport.stopTrainer(trainer, data);
        }
        table(rows, limit, stopReason, viaApi, started - viaApi);
    }

    /**
     * Runs a few exercises with viewers for a while, then stops them: the JIT has compiled the
     * tick path before the ramp starts, so the first batches are not measured cold. (They stay
     * in the trainer's registry as stopped, and count towards its cap of 200.)
     */
    private static void warmUp(int port, ClientFleet fleet, String scenario, double speed, int count, double seconds)
            throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = BenchSupport.startExercise(port, scenario, speed, 1 + i);
            if (id != null) {
                ids.add(id);
            }
        }
        List<String> watched = new java.util.ArrayList<>();
        for (String id : ids) {
            watched.add(BenchSupport.watchPath(port, id));
        }
        fleet.connect(watched, 1);
        BenchSupport.sleepSeconds(seconds);
        for (String id : ids) {
            BenchSupport.post(port, "/api/exercises/" + id + "/stop", "{}");
        }
        fleet.closeAll();
        fleet.sample();
        System.out.printf("warm-up: %d exercises with a viewer each for %s s, then stopped%n", ids.size(), seconds);
    }

    /** The trainer's own meters: a second ServerMetrics on its Prometheus registry shares every counter and timer. */
    private static ServerMetrics trainerMetrics(Trainer trainer) throws ReflectiveOperationException {
        Field field = Trainer.class.getDeclaredField("prometheus");
        field.setAccessible(true);
        return new ServerMetrics((PrometheusMeterRegistry) field.get(trainer), trainer.registry());
    }

    private static void print(Row row, int running) {
        ClientFleet.ClientSample c = row.clients();
        System.out.printf("%4d exercises (%d running): %.0f ticks/s made (%.0f expected); tick lag p50 %s p99 %s ms, "
                        + "%.1f%% over the limit; event-loop delay p99 %s ms; viewers %.2f ticks/s each, latency p50 %s "
                        + "p99 %s ms; server CPU %s, clients CPU %s, machine %s; heap avg %s max %s; %d ms in GC; "
                        + "/metrics %d series in %.0f ms%n",
                row.exercises(), running, row.ticksMade(), row.exercises() * 4.0, BenchSupport.ms(row.lagP50()),
                BenchSupport.ms(row.lagP99()), row.lagAbove() * 100, BenchSupport.ms(row.loopP99()),
                c.ticksPerSecond() / Math.max(1, c.open()), LatencyStats.ms(c.p50()), LatencyStats.ms(c.p99()),
                BenchSupport.pct(row.process().cpuTimeShare()), BenchSupport.pct(c.cpuTimeShare()),
                BenchSupport.pct(row.process().machineCpuAverage()), BenchSupport.mb(row.process().heapUsedAverage()),
                BenchSupport.mb(row.process().heapUsedMax()), row.process().gcMillis(), row.scrapeSeries(),
                row.scrapeMillis());
    }

    private static void table(List<Row> rows, double limit, String stopReason, int viaApi, int direct) {
        System.out.printf("%nCapacity: exercises at 1×, one viewer each (%d started through the API, %d in-process)%n%n",
                viaApi, direct);
        System.out.println("| exercises | ticks/s made | tick lag p50 ms | p99 ms | ticks > limit | loop delay p99 ms "
                + "| viewer ticks/s | viewer latency p99 ms | server CPU | client CPU | heap avg / max | GC ms "
                + "| /metrics ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int capacity = 0;
        for (Row row : rows) {
            ClientFleet.ClientSample c = row.clients();
            System.out.printf("| %d | %.0f | %s | %s | %.1f%% | %s | %.2f | %s | %s | %s | %s / %s | %d | %.0f |%n",
                    row.exercises(),
                    row.ticksMade(), BenchSupport.ms(row.lagP50()), BenchSupport.ms(row.lagP99()), row.lagAbove() * 100,
                    BenchSupport.ms(row.loopP99()), c.ticksPerSecond() / Math.max(1, c.open()),
                    LatencyStats.ms(c.p99()), BenchSupport.pct(row.process().cpuTimeShare()),
                    BenchSupport.pct(c.cpuTimeShare()), BenchSupport.mb(row.process().heapUsedAverage()),
                    BenchSupport.mb(row.process().heapUsedMax()), row.process().gcMillis(), row.scrapeMillis());
            if (!(row.lagP99() > limit)) {
                capacity = row.exercises();
            } else {
                break;
            }
        }
        System.out.printf("%nStopped at %s. Capacity: %d exercises with p99 tick lag ≤ %s ms%s.%n", stopReason,
                capacity, BenchSupport.ms(limit), rows.isEmpty() || !(rows.get(rows.size() - 1).lagP99() > limit)
                        ? " (the limit was not reached: the capacity is at least this)" : "");
    }
}

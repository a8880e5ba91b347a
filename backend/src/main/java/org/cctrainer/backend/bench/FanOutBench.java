package org.cctrainer.backend.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cctrainer.backend.Trainer;

/**
 * How one exercise's stream fans out to many observers: a trainer in this JVM, one
 * free-practice exercise at 10×, and N observer WebSockets on loopback for each N given.
 *
 * <pre>
 * java -cp backend/target/cc-trainer.jar org.cctrainer.backend.bench.FanOutBench \
 *     --clients 1000,5000 --seconds 30 --warmup 5
 * </pre>
 *
 * Options: {@code --speed 10}, {@code --seed 1}, {@code --scenario free-practice},
 * {@code --clients-in-process} (clients on their own Vert.x instance in this JVM instead of a
 * second JVM), {@code --client-event-loops 2}, {@code --client-jvm-options "-Xmx2g"},
 * {@code --deflate} (clients ask for permessage-deflate, as browsers do),
 * {@code --warmup-exercise 3} (seconds a throwaway exercise runs first; 0 for none).
 *
 * <p>Server figures come from {@code GET /metrics}, read at the start and end of each window:
 * messages sent and ticks skipped are counter differences; tick lag and event-loop delay
 * percentiles come from the histogram buckets' differences (so they cover only the window).
 * This is a benchmark: it prints figures and is never run by the build.
 */
public final class FanOutBench {
    private static final String USAGE = "FanOutBench [--clients 1000,5000] [--seconds 30] [--warmup 5] [--speed 10]"
            + " [--seed 1] [--scenario free-practice] [--clients-in-process] [--client-event-loops 2]"
            + " [--client-jvm-options \"...\"] [--deflate] [--warmup-exercise 3]";

    private FanOutBench() {
    }

    public static void main(String[] argv) throws Exception {
        BenchSupport.Args args = new BenchSupport.Args(argv, USAGE);
        List<Integer> counts = args.integers("clients", "1000,5000");
        double seconds = args.number("seconds", 30);
        double warmup = args.number("warmup", 5);
        String scenario = args.text("scenario", "free-practice");
        double speed = args.number("speed", 10);
        long seed = args.integer("seed", 1);
        BenchSupport.machine();
        Path data = Files.createTempDirectory("cc-bench-fanout");
        Trainer trainer = BenchSupport.startTrainer(data);
        int port = trainer.port();
        warmUp(port, scenario, speed, args.number("warmup-exercise", 3));
        String id = BenchSupport.startExercise(port, scenario, speed, seed);
        if (id == null) {
            throw new IllegalStateException("the trainer refused to start the exercise");
        }
        System.out.printf("trainer on %s:%d, exercise %s (%s at %s×, seed %d); %s s warm-up, %s s windows%n",
                BenchSupport.HOST, port, id, scenario, speed, seed, warmup, seconds);
        List<FanOutHarness.Row> rows;
        try (ClientFleet fleet = BenchSupport.fleet(args, port)) {
            rows = FanOutHarness.run("cc-trainer", new MetricsProbe(port, BenchSupport.watchPath(port, id)), fleet, counts,
                    warmup, seconds);
        } finally {
            BenchSupport.stopTrainer(trainer, data);
        }
        FanOutHarness.table("cc-trainer fan-out (one " + scenario + " exercise at " + speed + "×)", rows);
        if (args.flag("clients-in-process")) {
            System.out.println("(clients in the server's JVM: 'server CPU' and heap include the clients)");
        }
    }

    /**
     * Runs one throwaway exercise for a few seconds and stops it, so that the measured one is not
     * started with a cold JIT: a slow {@code ExerciseActor.start()} shifts its tick schedule
     * against its 50 ms step timer, which shows as a constant 0–50 ms tick lag for its whole life.
     */
    static void warmUp(int port, String scenario, double speed, double seconds) throws Exception {
        if (seconds <= 0) {
            return;
        }
        String id = BenchSupport.startExercise(port, scenario, speed, 2);
        if (id != null) {
            BenchSupport.sleepSeconds(seconds);
            BenchSupport.post(port, "/api/exercises/" + id + "/stop", "{}");
        }
    }

    /** The trainer's side of a window, from two scrapes of /metrics. */
    static final class MetricsProbe implements FanOutHarness.ServerProbe {
        private final int port;
        private final String path;
        private Scrape before;

        MetricsProbe(int port, String path) {
            this.port = port;
            this.path = path;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public void mark() throws Exception {
            before = BenchSupport.scrape(port);
        }

        @Override
        public FanOutHarness.ServerFigures since() throws Exception {
            Scrape after = BenchSupport.scrape(port);
            Scrape.Histogram lag = after.histogram("cctrainer_tick_lag_seconds")
                    .since(before.histogram("cctrainer_tick_lag_seconds"));
            Scrape.Histogram loop = after.histogram("cctrainer_event_loop_delay_seconds")
                    .since(before.histogram("cctrainer_event_loop_delay_seconds"));
            return new FanOutHarness.ServerFigures(
                    delta(after, "cctrainer_websocket_messages_sent_total"),
                    delta(after, "cctrainer_websocket_ticks_skipped_total"),
                    delta(after, "cctrainer_websocket_slow_clients_closed_total"),
                    lag.quantile(0.5), lag.quantile(0.99), lag.maxBound(),
                    loop.quantile(0.99), String.format("%.0f ticks made in the window", lag.count()));
        }

        private long delta(Scrape after, String name) {
            return Math.round(after.value(name) - before.value(name));
        }

        @Override
        public int connections() throws Exception {
            return (int) BenchSupport.scrape(port).value("cctrainer_websocket_connections");
        }
    }
}

package org.cctrainer.backend.bench;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The yardstick for {@link FanOutBench}: the naive broadcast loop the issue compares against.
 * A minimal Vert.x WebSocket server: one verticle instance per gateway (as many as cc-trainer
 * deploys, one per core), each keeping the sockets it accepted; every 250 ms each instance
 * builds a ~10 KB JSON tick (a {@code JsonObject} encoded once, with {@code sentMicros} near the
 * start) and writes it to each of its sockets with {@code writeTextMessage(String)}, so the
 * text is UTF-8-encoded and framed again for every socket. No skipping of slow clients, no
 * write-queue checks, default server options. Measured with the same clients and statistics
 * as cc-trainer.
 *
 * <pre>
 * java -cp backend/target/cc-trainer.jar org.cctrainer.backend.bench.BareBroadcastBench \
 *     --clients 1000,5000 --seconds 30 --warmup 5
 * </pre>
 *
 * Options as {@link FanOutBench}, plus {@code --instances N} (default: the number of cores, as
 * cc-trainer's gateways), {@code --unaligned} (each instance ticks on its own timer phase
 * instead of all at the same moments, as cc-trainer's gateways do) and
 * {@code --message-bytes 10400} (cc-trainer's free-practice ticks measure about 10.4 KB). Two
 * options add one of cc-trainer's settings to the bare loop, to find what costs what:
 * {@code --send-buffer 65536} (cc-trainer's fixed socket send buffer) and {@code --micrometer}
 * (Vert.x's Micrometer metrics with a Prometheus registry, as cc-trainer runs them).
 */
public final class BareBroadcastBench {
    private static final String USAGE = "BareBroadcastBench [--clients 1000,5000] [--seconds 30] [--warmup 5]"
            + " [--instances N] [--unaligned] [--message-bytes 10400] [--clients-in-process]"
            + " [--client-event-loops 2] [--client-jvm-options \"...\"] [--deflate] [--send-buffer BYTES]"
            + " [--micrometer]";
    static final long TICK_MILLIS = 250;
    static final long PROBE_MILLIS = 100;

    private BareBroadcastBench() {
    }

    /** Counters shared by the instances; the stats are swapped at each window. */
    static final class Counters {
        final LongAdder messagesSent = new LongAdder();
        final LongAdder queueFullWrites = new LongAdder();
        final AtomicInteger sockets = new AtomicInteger();
        final AtomicReference<LatencyStats> tickLag = new AtomicReference<>(new LatencyStats());
        final AtomicReference<LatencyStats> writeLoop = new AtomicReference<>(new LatencyStats());
        final AtomicReference<LatencyStats> loopDelay = new AtomicReference<>(new LatencyStats());
        volatile int messageBytes;
        /** When every instance sends its first tick (System.nanoTime), unless they run unaligned. */
        volatile long originNanos;
    }

    /** One broadcast loop over the sockets its own HTTP server instance accepted. */
    static final class BroadcastVerticle extends VerticleBase {
        private final int port;
        private final int targetBytes;
        private final Counters counters;
        private final boolean aligned;
        private final int sendBuffer;
        private final List<ServerWebSocket> sockets = new ArrayList<>();
        private final SplittableRandom random = new SplittableRandom(42);
        private long seq;
        private long firstTickNanos;

        BroadcastVerticle(int port, int targetBytes, Counters counters, boolean aligned, int sendBuffer) {
            this.port = port;
            this.targetBytes = targetBytes;
            this.counters = counters;
            this.aligned = aligned;
            this.sendBuffer = sendBuffer;
        }

        @Override
        public Future<?> start() {
            if (aligned) {
                // Every instance ticks at (about) the same moments, as cc-trainer's gateways all
                // receive a tick at once. Lateness is measured against this instance's own periodic
                // schedule, which starts when the first timer actually fired and before the first
                // (cold, slow) tick: measured from the planned origin, a start delayed by the client
                // JVM starting up would show as a constant lag for the whole run.
                long delay = Math.max(1, (counters.originNanos - System.nanoTime()) / 1_000_000);
                vertx.setTimer(delay, first -> {
                    firstTickNanos = System.nanoTime();
                    vertx.setPeriodic(TICK_MILLIS, id -> tick());
                    tick();
                });
            } else {
                firstTickNanos = System.nanoTime() + TICK_MILLIS * 1_000_000;
                vertx.setPeriodic(TICK_MILLIS, id -> tick());
            }
            long[] expected = {System.nanoTime() + PROBE_MILLIS * 1_000_000};
            vertx.setPeriodic(PROBE_MILLIS, id -> {
                long now = System.nanoTime();
                counters.loopDelay.get().record((now - expected[0]) / 1_000);
                expected[0] = now + PROBE_MILLIS * 1_000_000;
            });
            HttpServerOptions options = new HttpServerOptions().setHost(BenchSupport.HOST).setPort(port);
            if (sendBuffer > 0) {
                options.setSendBufferSize(sendBuffer);
            }
            return vertx.createHttpServer(options)
                    .webSocketHandler(socket -> {
                        sockets.add(socket);
                        counters.sockets.incrementAndGet();
                        socket.closeHandler(v -> {
                            sockets.remove(socket);
                            counters.sockets.decrementAndGet();
                        });
                    }).listen();
        }

        private void tick() {
            long start = System.nanoTime();
            long k = Math.max(0, Math.round((start - firstTickNanos) / (TICK_MILLIS * 1e6)));
            long late = start - (firstTickNanos + k * TICK_MILLIS * 1_000_000);
            String text = message(++seq, LoadClients.nowMicros()).encode();
            counters.messageBytes = text.length();
            long built = System.nanoTime();
            counters.tickLag.get().record((late + built - start) / 1_000);
            for (ServerWebSocket socket : sockets) {
                if (socket.isClosed()) {
                    continue; // closing; its close handler has not run yet
                }
                if (socket.writeQueueFull()) {
                    counters.queueFullWrites.increment(); // a naive loop writes anyway
                }
                socket.writeTextMessage(text);
                counters.messagesSent.increment();
            }
            counters.writeLoop.get().record((System.nanoTime() - built) / 1_000);
        }

        /** A tick-like JSON object: the header fields first, then about {@code targetBytes} of KPI-like numbers. */
        private JsonObject message(long seq, long sentMicros) {
            JsonObject tick = new JsonObject().put("type", "tick").put("exercise", "bare").put("seq", seq)
                    .put("t", seq * 2.5).put("sentMicros", sentMicros).put("clock", "09:30").put("state", "running")
                    .put("speed", 10.0);
            JsonArray queues = new JsonArray();
            int size = tick.encode().length() + 40;
            for (int q = 0; ; q++) {
                JsonObject queue = new JsonObject().put("id", "queue-" + q).put("name", "Queue " + q)
                        .put("channel", "voice").put("waiting", random.nextInt(40))
                        .put("longestWaitSeconds", random.nextDouble() * 600);
                for (String window : new String[] {"sinceStart", "last15", "last30"}) {
                    JsonObject w = new JsonObject();
                    for (String field : FIELDS) {
                        w.put(field, random.nextInt(3) == 0 ? random.nextInt(5000) : random.nextDouble());
                    }
                    queue.put(window, w);
                }
                int bytes = queue.encode().length() + 1;
                if (size + bytes > targetBytes) {
                    break;
                }
                queues.add(queue);
                size += bytes;
            }
            // The rest, up to the target size, as a note (a real tick's open items and incidents).
            String note = "x".repeat(Math.max(0, targetBytes - size - 12));
            return tick.put("kpis", new JsonObject().put("queues", queues).put("note", note)).put("trend", (Object) null);
        }

        private static final String[] FIELDS = {"arrived", "offered", "answered", "answeredWithinThreshold",
            "abandoned", "abandonedWithinThreshold", "abandonedShort", "waited", "blocked", "deflected",
            "resolvedInIvr", "callbacksAccepted", "callbacksAnswered", "callbacksWithinDeadline", "handled",
            "serviceLevel", "asaSeconds", "abandonRate", "ahtSeconds", "occupancy", "fcrRate", "csat", "surveys"};
    }

    /** The bare server's side of a window, from its own counters. */
    static final class CounterProbe implements FanOutHarness.ServerProbe {
        private final Counters counters;
        private long sentBefore;
        private long fullBefore;

        CounterProbe(Counters counters) {
            this.counters = counters;
        }

        @Override
        public String path() {
            return "/ws";
        }

        @Override
        public void mark() {
            sentBefore = counters.messagesSent.sum();
            fullBefore = counters.queueFullWrites.sum();
            counters.tickLag.set(new LatencyStats());
            counters.writeLoop.set(new LatencyStats());
            counters.loopDelay.set(new LatencyStats());
        }

        @Override
        public FanOutHarness.ServerFigures since() {
            LatencyStats lag = counters.tickLag.get();
            LatencyStats write = counters.writeLoop.get();
            LatencyStats loop = counters.loopDelay.get();
            return new FanOutHarness.ServerFigures(counters.messagesSent.sum() - sentBefore, 0, 0,
                    lag.percentile(0.5) / 1e6, lag.percentile(0.99) / 1e6, lag.max() / 1e6,
                    loop.percentile(0.99) / 1e6, String.format("message %d bytes; one broadcast's write loop "
                            + "p50 %s p99 %s max %s ms; writes into a full write queue: %d",
                            counters.messageBytes, LatencyStats.ms(write.percentile(0.5)),
                            LatencyStats.ms(write.percentile(0.99)), LatencyStats.ms(write.max()),
                            counters.queueFullWrites.sum() - fullBefore));
        }

        @Override
        public int connections() {
            return counters.sockets.get();
        }
    }

    public static void main(String[] argv) throws Exception {
        BenchSupport.Args args = new BenchSupport.Args(argv, USAGE);
        List<Integer> counts = args.integers("clients", "1000,5000");
        double seconds = args.number("seconds", 30);
        double warmup = args.number("warmup", 5);
        int instances = args.integer("instances", Math.max(1, VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE / 2));
        int bytes = args.integer("message-bytes", 10_400);
        BenchSupport.machine();
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        boolean aligned = !args.flag("unaligned");
        int sendBuffer = args.integer("send-buffer", 0);
        boolean micrometer = args.flag("micrometer");
        Vertx vertx = micrometer ? Vertx.builder()
                .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)))
                .withMetrics(new MicrometerMetricsFactory(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)))
                .build() : Vertx.vertx();
        Counters counters = new Counters();
        counters.originNanos = System.nanoTime() + 2_000_000_000L;
        int listenPort = port;
        vertx.deployVerticle(() -> new BroadcastVerticle(listenPort, bytes, counters, aligned, sendBuffer),
                new DeploymentOptions().setInstances(instances)).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        System.out.printf("bare broadcast server on %s:%d, %d instance(s), ~%d-byte ticks every %d ms, %s%s%s%n",
                BenchSupport.HOST, port, instances, bytes, TICK_MILLIS,
                aligned ? "every instance ticking at the same moments" : "each instance on its own timer phase",
                sendBuffer > 0 ? ", send buffer " + sendBuffer + " bytes" : "",
                micrometer ? ", Vert.x Micrometer metrics on (as cc-trainer)" : "");
        List<FanOutHarness.Row> rows;
        try (ClientFleet fleet = BenchSupport.fleet(args, port)) {
            rows = FanOutHarness.run("bare broadcast", new CounterProbe(counters), fleet, counts, warmup, seconds);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        FanOutHarness.table("bare Vert.x broadcast loop (" + instances + " instance(s)" + (aligned ? "" : ", unaligned")
                + ", writeTextMessage per socket, " + counters.messageBytes + "-byte ticks)", rows);
        System.out.println("(tick lag here: how late each broadcast started plus building and encoding the message "
                + "once, as cc-trainer's tick lag; the per-socket writes are the 'write loop' above)");
        if (args.flag("clients-in-process")) {
            System.out.println("(clients in the server's JVM: 'server CPU' and heap include the clients)");
        }
    }
}

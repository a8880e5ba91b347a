package org.cctrainer.backend.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.cctrainer.backend.RunningTrainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on one node, on loopback: many observers on one exercise, and many exercises
 * with a viewer each, for a few seconds. Prints what a load report should (ticks received per
 * second, latency percentiles, server tick lag, CPU, heap) and checks behaviour, not speed:
 * every viewer got its snapshot and a steady stream of ticks, none was dropped or closed. The
 * capacity figures (how many exercises before tick lag passes 100 ms) come from the
 * benchmarks in docs/benchmarks.md, not from a test.
 */
@DisplayName("Load on one node")
class NodeLoadTest {
    static final int OBSERVERS = 300;
    static final int EXERCISES = 40;
    static final long WINDOW_MILLIS = 8_000;

    @Test
    @DisplayName("300 observers on one exercise and 40 exercises with a viewer each, for 8 s")
    void load() throws Exception {
        try (RunningTrainer trainer = RunningTrainer.start()) {
            Vertx clients = Vertx.vertx();
            try {
                WebSocketClient ws = clients.createWebSocketClient(new WebSocketClientOptions()
                        .setMaxConnections(1000).setMaxMessageSize(16 << 20).setMaxFrameSize(1 << 20).setDefaultHost("localhost")
                        .setDefaultPort(trainer.port));
                String crowded = trainer.startExercise("volume-surge", 10).getString("id");
                List<String> uris = new ArrayList<>();
                String observerUri = trainer.streamUri(crowded, "observer");
                for (int i = 0; i < OBSERVERS; i++) {
                    uris.add(observerUri);
                }
                for (int i = 0; i < EXERCISES; i++) {
                    uris.add(trainer.streamUri(trainer.startExercise("free-practice", 1).getString("id"), "observer"));
                }
                Viewer[] viewers = new Viewer[uris.size()];
                List<Future<WebSocket>> connecting = new ArrayList<>();
                for (int i = 0; i < uris.size(); i++) {
                    Viewer viewer = new Viewer();
                    viewers[i] = viewer;
                    connecting.add(ws.connect(new WebSocketConnectOptions().setURI(uris.get(i))).map(socket -> {
                        socket.textMessageHandler(viewer::on);
                        socket.closeHandler(nothing -> viewer.closed.set(true));
                        return socket;
                    }));
                }
                Future.all(connecting).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
                Thread.sleep(2_000); // everyone has a snapshot and is streaming
                for (Viewer viewer : viewers) {
                    viewer.reset();
                }
                long cpuBefore = cpuNanos();
                long wallBefore = System.nanoTime();
                Thread.sleep(WINDOW_MILLIS);
                long wall = System.nanoTime() - wallBefore;
                double cpu = (double) (cpuNanos() - cpuBefore) / wall / Runtime.getRuntime().availableProcessors();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

                long ticks = 0;
                List<Long> latencies = new ArrayList<>();
                for (Viewer viewer : viewers) {
                    ticks += viewer.ticks.get();
                    synchronized (viewer.latencies) {
                        latencies.addAll(viewer.latencies);
                    }
                }
                long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                String lag = trainer.call(io.vertx.core.http.HttpMethod.GET, "/metrics", null).body().lines()
                        .filter(l -> l.startsWith("cctrainer_tick_lag_seconds_count ")).findFirst().orElse("-");
                System.out.printf("load: %d viewers (%d on one exercise, %d exercises), window %.1f s%n",
                        viewers.length, OBSERVERS, EXERCISES + 1, wall / 1e9);
                System.out.printf("load: %d ticks received = %.0f/s; latency p50 %.1f p99 %.1f max %.1f ms; "
                                + "this JVM (trainer and clients) CPU %.0f%% of the machine, heap used %d MB; %s%n",
                        ticks, ticks / (wall / 1e9), pct(sorted, 0.5), pct(sorted, 0.99), pct(sorted, 1.0), cpu * 100,
                        heap >> 20, lag);

                for (int i = 0; i < viewers.length; i++) {
                    Viewer viewer = viewers[i];
                    assertTrue(viewer.snapshot.get(), "viewer " + i + " got its snapshot");
                    assertTrue(!viewer.closed.get(), "viewer " + i + " was not closed");
                    double expected = i < OBSERVERS ? 4 * WINDOW_MILLIS / 1000.0 : 4 * WINDOW_MILLIS / 1000.0;
                    assertTrue(viewer.ticks.get() >= expected / 2, "viewer " + i + " kept receiving ticks: "
                            + viewer.ticks.get() + " in " + WINDOW_MILLIS + " ms");
                }
                String skipped = trainer.call(io.vertx.core.http.HttpMethod.GET, "/metrics", null).body().lines()
                        .filter(l -> l.startsWith("cctrainer_websocket_ticks_skipped_total ")).findFirst().orElse("x 0");
                assertEquals(0.0, Double.parseDouble(skipped.split(" ")[1]), "no viewer fell behind on loopback");
            } finally {
                clients.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One client: counts ticks and measures each tick's age on arrival (from its sentMicros). */
    static final class Viewer {
        final java.util.concurrent.atomic.AtomicBoolean snapshot = new java.util.concurrent.atomic.AtomicBoolean();
        final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        final AtomicInteger ticks = new AtomicInteger();
        final List<Long> latencies = new ArrayList<>();

        void on(String text) {
            if (text.startsWith("{\"type\":\"snapshot\"")) {
                snapshot.set(true);
            } else if (text.startsWith("{\"type\":\"tick\"")) {
                ticks.incrementAndGet();
                int at = text.indexOf("\"sentMicros\":");
                if (at > 0) {
                    long sent = Long.parseLong(text.substring(at + 13, text.indexOf(',', at)));
                    java.time.Instant now = java.time.Instant.now();
                    long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000 - sent;
                    synchronized (latencies) {
                        latencies.add(micros);
                    }
                }
            }
        }

        void reset() {
            ticks.set(0);
            synchronized (latencies) {
                latencies.clear();
            }
        }
    }
}

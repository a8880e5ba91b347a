package org.cctrainer.backend.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The measurement both fan-out benchmarks share, so that cc-trainer and the bare broadcast loop
 * are measured in exactly the same way: for each client count, connect the observers, let them
 * run for the warm-up, then measure a window of fixed length on both sides, print it, and close
 * every socket before the next count.
 */
final class FanOutHarness {

    /** What the server side reports for one window. NaN or -1 when a server has no such figure. */
    record ServerFigures(long messagesSent, long ticksSkipped, long slowClientsClosed, double tickLagP50,
                         double tickLagP99, double tickLagMax, double eventLoopDelayP99, String note) {
    }

    /** The server under test, seen from outside (or, for the bare loop, from its own counters). */
    interface ServerProbe {
        String path();

        /** Starts a measurement window. */
        void mark() throws Exception;

        /** What happened since {@link #mark()}. */
        ServerFigures since() throws Exception;

        /** WebSocket connections the server holds now. */
        int connections() throws Exception;
    }

    record Row(int clients, ClientFleet.ConnectResult connect, ClientFleet.ClientSample sample,
               ServerFigures server, ProcessSampler.Window process, double seconds) {
    }

    private FanOutHarness() {
    }

    static List<Row> run(String title, ServerProbe probe, ClientFleet fleet, List<Integer> counts, double warmup,
                         double seconds) throws Exception {
        List<Row> rows = new ArrayList<>();
        ProcessSampler sampler = new ProcessSampler();
        try {
            for (int n : counts) {
                System.out.printf("%n== %s: %d clients ==%n", title, n);
                ClientFleet.ConnectResult connect = fleet.connect(List.of(probe.path()), n);
                System.out.println("connect: " + connect.describe());
                BenchSupport.sleepSeconds(warmup);
                fleet.sample(); // the warm-up does not count
                probe.mark();
                sampler.start();
                BenchSupport.sleepSeconds(seconds);
                ClientFleet.ClientSample sample = fleet.sample();
                ServerFigures server = probe.since();
                ProcessSampler.Window process = sampler.stop();
                Row row = new Row(n, connect, sample, server, process, sample.windowMillis() / 1000.0);
                rows.add(row);
                print(row);
                long closeMillis = fleet.closeAll();
                long deadline = System.nanoTime() + 30_000_000_000L;
                int left = probe.connections();
                while (left > 0 && System.nanoTime() < deadline) {
                    LoadClients.sleep(100);
                    left = probe.connections();
                }
                System.out.printf("closed every client socket in %.1f s; server connections left: %d%n",
                        closeMillis / 1000.0, left);
                System.gc(); // start the next count from a similar heap
                BenchSupport.sleepSeconds(2);
            }
        } finally {
            sampler.shutdown();
        }
        return rows;
    }

    static void print(Row row) {
        ClientFleet.ClientSample s = row.sample();
        double secs = row.seconds();
        int n = row.clients();
        System.out.printf("window %.1f s: %d ticks received = %.0f/s total, %.2f/s per client "
                        + "(per client in the window: min %d, max %d; %d got none); %d other messages; %.1f MB/s%n",
                secs, s.ticks(), s.ticksPerSecond(), s.ticksPerSecond() / n, s.perClientTicksMin(),
                s.perClientTicksMax(), s.clientsWithoutTicks(), s.otherMessages(), s.megabytesPerSecond());
        System.out.printf("latency sentMicros -> receipt: p50 %s  p90 %s  p99 %s  max %s ms  (mean %.1f, n=%d%s)%n",
                LatencyStats.ms(s.p50()), LatencyStats.ms(s.p90()), LatencyStats.ms(s.p99()), LatencyStats.ms(s.max()),
                s.mean() / 1000, s.latencyCount(), s.negatives() > 0 ? ", " + s.negatives() + " negative" : "");
        if (s.ticksAfterOther() > 0) {
            System.out.printf("  leaving out the %d ticks that came right after an alert or event: p99 %s  max %s ms%n",
                    s.ticksAfterOther(), LatencyStats.ms(s.plainP99()), LatencyStats.ms(s.plainMax()));
        }
        ServerFigures f = row.server();
        System.out.printf("server: %d messages sent (%.0f/s), %d ticks skipped for slow clients, %d slow clients "
                        + "closed; tick lag p50 %s p99 %s max %s ms; event-loop delay p99 %s ms%s%n",
                f.messagesSent(), f.messagesSent() / secs, f.ticksSkipped(), f.slowClientsClosed(),
                BenchSupport.ms(f.tickLagP50()), BenchSupport.ms(f.tickLagP99()), BenchSupport.ms(f.tickLagMax()),
                BenchSupport.ms(f.eventLoopDelayP99()), f.note() == null ? "" : "; " + f.note());
        System.out.println("server process: " + row.process().describe());
        if (!Double.isNaN(s.cpuLoad())) {
            System.out.printf("client process: CPU %.0f%% of the machine (by CPU time %.0f%%), heap used max %d MB, "
                    + "%d ms in GC%n", s.cpuLoad() * 100, s.cpuTimeShare() * 100, s.heapUsedMax() >> 20, s.gcMillis());
        }
        if (s.closedByServer() > 0 || s.errors() > 0) {
            System.out.printf("clients closed by the server so far: %d (codes %s); socket errors in the window: %d%n",
                    s.closedByServer(), s.closeCodes(), s.errors());
        }
    }

    /** The summary as a Markdown table, ready for docs/benchmarks.md. */
    static void table(String title, List<Row> rows) {
        System.out.printf("%n%s%n%n", title);
        System.out.println("| clients | connect s (first message on all s) | ticks/s total | per client | latency p50 | p90 "
                + "| p99 | max ms | p99 without ticks after an alert/event | ticks skipped | msgs sent/s "
                + "| tick lag p99 ms | loop delay p99 ms | server CPU | client CPU | server heap max | server GC ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row row : rows) {
            ClientFleet.ClientSample s = row.sample();
            ServerFigures f = row.server();
            System.out.printf("| %d | %.1f (%.1f) | %.0f | %.2f | %s | %s | %s | %s | %s | %d | %.0f | %s | %s | %s | %s "
                            + "| %s | %d |%n",
                    row.clients(), row.connect().upgradedMillis() / 1000.0, row.connect().firstMessageMillis() / 1000.0,
                    s.ticksPerSecond(), s.ticksPerSecond() / row.clients(), LatencyStats.ms(s.p50()),
                    LatencyStats.ms(s.p90()), LatencyStats.ms(s.p99()), LatencyStats.ms(s.max()),
                    s.ticksAfterOther() == 0 ? "(same)" : LatencyStats.ms(s.plainP99()), f.ticksSkipped(),
                    f.messagesSent() / row.seconds(), BenchSupport.ms(f.tickLagP99()),
                    BenchSupport.ms(f.eventLoopDelayP99()), BenchSupport.pct(row.process().cpuTimeShare()),
                    BenchSupport.pct(s.cpuTimeShare()), BenchSupport.mb(row.process().heapUsedMax()),
                    row.process().gcMillis());
        }
        System.out.println();
        System.out.println("(CPU as a share of the whole machine, from process CPU time over the window; "
                + "latency is from the tick's sentMicros to its first frame reaching a client handler.)");
    }
}

package org.cctrainer.backend.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many WebSocket observers, as the benchmarks drive them: connect some, read what they received
 * since the last look, close them all. {@link LoadClients} runs them on its own Vert.x instance;
 * {@link ForkedClients} runs that same code in a second JVM and speaks to it over a pipe.
 */
public interface ClientFleet extends AutoCloseable {

    /** Opens {@code perPath} sockets to each path; returns when all are open and have their first message, or failed. */
    ConnectResult connect(List<String> paths, int perPath);

    /** What the clients received since the previous sample (or since they connected), and resets the window. */
    ClientSample sample();

    /** Closes every socket (a normal 1000 close) and waits, within a bound, until they are closed. */
    long closeAll();

    /** Sockets open now. */
    int open();

    @Override
    void close();

    /** How a connect went: times in milliseconds from the first attempt. */
    record ConnectResult(int requested, int connected, int failed, long upgradedMillis, long firstMessageMillis,
                         int withoutFirstMessage, String firstError) {
        String encode() {
            return requested + " " + connected + " " + failed + " " + upgradedMillis + " " + firstMessageMillis + " "
                    + withoutFirstMessage + " " + (firstError == null ? "-" : firstError.replace(' ', '_'));
        }

        static ConnectResult decode(String line) {
            String[] f = line.trim().split(" ");
            return new ConnectResult(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Long.parseLong(f[3]), Long.parseLong(f[4]), Integer.parseInt(f[5]),
                    f[6].equals("-") ? null : f[6].replace('_', ' '));
        }

        public String describe() {
            return String.format("%d/%d connected in %.1f s, a first message on every socket by %.1f s%s%s", connected,
                    requested, upgradedMillis / 1000.0, firstMessageMillis / 1000.0,
                    failed > 0 ? "; " + failed + " failed (" + firstError + ")" : "",
                    withoutFirstMessage > 0 ? "; " + withoutFirstMessage + " never got a first message" : "");
        }
    }

    /**
     * One measurement window on the client side. Latencies are in microseconds, from the
     * message's {@code sentMicros} to the moment its first frame reached the client's handler.
     * {@code plain*} leave out the ticks that came right after an alert or event on the same
     * socket ({@code ticksAfterOther} of them): those waited for that message's own fan-out.
     * {@code cpu*} and {@code heap*} describe the clients' process when it is a separate JVM
     * (NaN / -1 when the clients share the server's JVM).
     */
    record ClientSample(long windowMillis, long ticks, long otherMessages, long bytes, long latencyCount,
                        long p50, long p90, long p99, long max, double mean, long negatives, int open,
                        int closedByServer, String closeCodes, long errors, long perClientTicksMin,
                        long perClientTicksMax, int clientsWithoutTicks, double cpuLoad, double cpuTimeShare,
                        long heapUsedMax, long gcMillis, long ticksAfterOther, long plainP99, long plainMax) {

        double ticksPerSecond() {
            return windowMillis <= 0 ? 0 : ticks * 1000.0 / windowMillis;
        }

        double megabytesPerSecond() {
            return windowMillis <= 0 ? 0 : bytes * 1000.0 / windowMillis / (1 << 20);
        }

        String encode() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("windowMillis", windowMillis);
            m.put("ticks", ticks);
            m.put("otherMessages", otherMessages);
            m.put("bytes", bytes);
            m.put("latencyCount", latencyCount);
            m.put("p50", p50);
            m.put("p90", p90);
            m.put("p99", p99);
            m.put("max", max);
            m.put("mean", mean);
            m.put("negatives", negatives);
            m.put("open", open);
            m.put("closedByServer", closedByServer);
            m.put("closeCodes", closeCodes.isEmpty() ? "-" : closeCodes);
            m.put("errors", errors);
            m.put("perClientTicksMin", perClientTicksMin);
            m.put("perClientTicksMax", perClientTicksMax);
            m.put("clientsWithoutTicks", clientsWithoutTicks);
            m.put("cpuLoad", cpuLoad);
            m.put("cpuTimeShare", cpuTimeShare);
            m.put("heapUsedMax", heapUsedMax);
            m.put("gcMillis", gcMillis);
            m.put("ticksAfterOther", ticksAfterOther);
            m.put("plainP99", plainP99);
            m.put("plainMax", plainMax);
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + "=" + v));
            return String.join(" ", parts);
        }

        static ClientSample decode(String line) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String part : line.trim().split(" ")) {
                int eq = part.indexOf('=');
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
            return new ClientSample(l(m, "windowMillis"), l(m, "ticks"), l(m, "otherMessages"), l(m, "bytes"),
                    l(m, "latencyCount"), l(m, "p50"), l(m, "p90"), l(m, "p99"), l(m, "max"),
                    Double.parseDouble(m.get("mean")), l(m, "negatives"), (int) l(m, "open"),
                    (int) l(m, "closedByServer"), m.get("closeCodes").equals("-") ? "" : m.get("closeCodes"),
                    l(m, "errors"), l(m, "perClientTicksMin"), l(m, "perClientTicksMax"),
                    (int) l(m, "clientsWithoutTicks"), Double.parseDouble(m.get("cpuLoad")),
                    Double.parseDouble(m.get("cpuTimeShare")), l(m, "heapUsedMax"), l(m, "gcMillis"),
                    l(m, "ticksAfterOther"), l(m, "plainP99"), l(m, "plainMax"));
        }

        private static long l(Map<String, String> m, String key) {
            return Long.parseLong(m.get(key));
        }
    }
}

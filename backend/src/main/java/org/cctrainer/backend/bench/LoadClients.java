package org.cctrainer.backend.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The observer harness shared by the benchmarks: N WebSocket clients on their own Vert.x
 * instance. They only read. Each text message's first frame is inspected without decoding the
 * JSON: the {@code "type"} and the {@code "sentMicros"} field are found in its first 200 bytes,
 * so the clients cost little more than the bytes they receive. The receipt time is taken when
 * the frame reaches the handler (the same wall clock as the server's, on one machine).
 *
 * <p>Everything is bounded: at most {@link #MAX_IN_FLIGHT} connects at a time, each with a
 * timeout, and every wait has a deadline.
 *
 * <p>Run as a program ({@code main}) it is the other end of {@link ForkedClients}: it reads
 * one command a line on standard input and answers on standard output with lines starting
 * with {@code @}. It exits when its input closes, so it never outlives the benchmark.
 */
public final class LoadClients implements ClientFleet {
    static final int MAX_IN_FLIGHT = 200;
    static final long CONNECT_TIMEOUT_MILLIS = 15_000;
    static final long CONNECT_DEADLINE_MILLIS = 180_000;
    static final long FIRST_MESSAGE_DEADLINE_MILLIS = 60_000;
    static final long CLOSE_DEADLINE_MILLIS = 30_000;
    /** How far into a message the {@code type} and {@code sentMicros} fields are looked for. */
    static final int SCAN_LIMIT = 200;

    private static final byte[] TYPE_KEY = "\"type\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SENT_KEY = "\"sentMicros\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TICK = "tick\"".getBytes(StandardCharsets.US_ASCII);

    private final String host;
    private final int port;
    private final boolean separateProcess;
    private final Vertx vertx;
    private final WebSocketClient client;
    private final List<Conn> conns = new ArrayList<>();
    private final AtomicReference<LatencyStats> latency = new AtomicReference<>(new LatencyStats());
    /** Ticks that did not come right after an alert or event on the same socket (which is fanned out first). */
    private final AtomicReference<LatencyStats> plainLatency = new AtomicReference<>(new LatencyStats());
    private final LongAdder ticks = new LongAdder();
    private final LongAdder others = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger firstMessages = new AtomicInteger();
    private final AtomicInteger closedByServer = new AtomicInteger();
    private final Map<Short, LongAdder> closeCodes = new ConcurrentHashMap<>();
    private final ProcessSampler sampler = new ProcessSampler();
    private long windowStart = System.nanoTime();

    /** One client socket. Its counters are written only by its own event loop. */
    private final class Conn {
        volatile WebSocket socket;
        volatile boolean closing;
        volatile boolean gotFirst;
        /** The previous message on this socket was not a tick (an alert, an event, the snapshot). */
        boolean afterOther = true;
        volatile long received;
        long receivedAtSample;

        void onFrame(WebSocketFrame frame) {
            Buffer data = frame.binaryData();
            bytes.add(data.length());
            if (frame.type() != WebSocketFrameType.TEXT) {
                return; // continuations carry no header fields; pings and pongs are not messages
            }
            if (!gotFirst) {
                gotFirst = true;
                firstMessages.incrementAndGet();
            }
            if (isTick(data)) {
                long sent = number(data, SENT_KEY);
                if (sent > 0) {
                    long micros = nowMicros() - sent;
                    latency.get().record(micros);
                    if (!afterOther) {
                        plainLatency.get().record(micros);
                    }
                }
                afterOther = false;
                ticks.increment();
                received++;
            } else {
                afterOther = true;
                others.increment();
            }
        }
    }

    /**
     * @param separateProcess true when this fleet runs in its own JVM (then its CPU and heap are
     *                        its own and are reported with each sample)
     */
    public LoadClients(String host, int port, int eventLoops, boolean deflate, boolean separateProcess) {
        this.host = host;
        this.port = port;
        this.separateProcess = separateProcess;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(100_000)
                .setMaxFrameSize(1 << 20).setMaxMessageSize(8 << 20).setTryUsePerMessageCompression(deflate));
        if (separateProcess) {
            sampler.start();
        }
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    static boolean isTick(Buffer data) {
        int at = find(data, TYPE_KEY);
        if (at < 0 || at + TICK.length > data.length()) {
            return false;
        }
        for (int i = 0; i < TICK.length; i++) {
            if (data.getByte(at + i) != TICK[i]) {
                return false;
            }
        }
        return true;
    }

    /** The unsigned integer right after {@code key} in the message's first bytes; -1 when absent. */
    static long number(Buffer data, byte[] key) {
        int at = find(data, key);
        if (at < 0) {
            return -1;
        }
        long value = 0;
        int digits = 0;
        for (int i = at; i < data.length() && digits < 19; i++, digits++) {
            byte c = data.getByte(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return digits == 0 ? -1 : value;
    }

    /** The offset just past the first occurrence of {@code key} within {@link #SCAN_LIMIT} bytes; -1 when absent. */
    static int find(Buffer data, byte[] key) {
        int limit = Math.min(data.length(), SCAN_LIMIT) - key.length;
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < key.length; j++) {
                if (data.getByte(i + j) != key[j]) {
                    continue outer;
                }
            }
            return i + key.length;
        }
        return -1;
    }

    @Override
    public ConnectResult connect(List<String> paths, int perPath) {
        List<String> targets = new ArrayList<>();
        for (String path : paths) {
            for (int i = 0; i < perPath; i++) {
                targets.add(path);
            }
        }
        int total = targets.size();
        int firstBefore = firstMessages.get();
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Conn> made = new ArrayList<>();
        CompletableFuture<Void> all = new CompletableFuture<>();
        if (total == 0) {
            all.complete(null);
        }
        Runnable[] launch = new Runnable[1];
        launch[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            Conn conn = new Conn();
            synchronized (made) {
                made.add(conn);
            }
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(host).setPort(port)
                    .setURI(targets.get(i)).setConnectTimeout(CONNECT_TIMEOUT_MILLIS).setTimeout(CONNECT_TIMEOUT_MILLIS);
            client.connect(options).onComplete(result -> {
                if (result.succeeded()) {
                    WebSocket socket = result.result();
                    conn.socket = socket;
                    open.incrementAndGet();
                    socket.frameHandler(conn::onFrame);
                    socket.exceptionHandler(error -> errors.increment());
                    socket.closeHandler(nothing -> {
                        open.decrementAndGet();
                        if (!conn.closing) {
                            closedByServer.incrementAndGet();
                            Short code = socket.closeStatusCode();
                            closeCodes.computeIfAbsent(code == null ? -1 : code, c -> new LongAdder()).increment();
                        }
                    });
                } else {
                    failed.incrementAndGet();
                    firstError.compareAndSet(null, String.valueOf(result.cause().getMessage()));
                }
                if (done.incrementAndGet() == total) {
                    all.complete(null);
                } else {
                    launch[0].run();
                }
            });
        };
        for (int i = 0; i < Math.min(MAX_IN_FLIGHT, total); i++) {
            launch[0].run();
        }
        try {
            all.get(CONNECT_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            firstError.compareAndSet(null, "connect deadline of " + CONNECT_DEADLINE_MILLIS + " ms passed with "
                    + done.get() + "/" + total + " done");
        }
        long upgraded = (System.nanoTime() - start) / 1_000_000;
        int connected;
        synchronized (made) {
            made.removeIf(conn -> conn.socket == null);
            connected = made.size();
            synchronized (conns) {
                conns.addAll(made);
            }
        }
        long deadline = System.nanoTime() + FIRST_MESSAGE_DEADLINE_MILLIS * 1_000_000;
        while (firstMessages.get() - firstBefore < connected && System.nanoTime() < deadline) {
            sleep(5);
        }
        long first = (System.nanoTime() - start) / 1_000_000;
        int without = Math.max(0, connected - (firstMessages.get() - firstBefore));
        return new ConnectResult(total, connected, total - connected, upgraded, first, without, firstError.get());
    }

    @Override
    public ClientSample sample() {
        long now = System.nanoTime();
        long window = (now - windowStart) / 1_000_000;
        windowStart = now;
        LatencyStats stats = latency.getAndSet(new LatencyStats());
        LatencyStats plain = plainLatency.getAndSet(new LatencyStats());
        long t = ticks.sumThenReset();
        long o = others.sumThenReset();
        long b = bytes.sumThenReset();
        long e = errors.sumThenReset();
        long min = Long.MAX_VALUE;
        long max = 0;
        int without = 0;
        int counted = 0;
        synchronized (conns) {
            for (Conn conn : conns) {
                if (conn.closing || conn.socket == null || conn.socket.isClosed()) {
                    continue;
                }
                long seen = conn.received;
                long inWindow = seen - conn.receivedAtSample;
                conn.receivedAtSample = seen;
                min = Math.min(min, inWindow);
                max = Math.max(max, inWindow);
                without += inWindow == 0 ? 1 : 0;
                counted++;
            }
        }
        Map<Short, Long> codes = new TreeMap<>();
        closeCodes.forEach((code, n) -> codes.put(code, n.sum()));
        StringBuilder codeText = new StringBuilder();
        codes.forEach((code, n) -> codeText.append(codeText.length() == 0 ? "" : ",").append(code).append(':').append(n));
        double cpuLoad = Double.NaN;
        double cpuShare = Double.NaN;
        long heap = -1;
        long gc = -1;
        if (separateProcess) {
            ProcessSampler.Window w = sampler.stop();
            cpuLoad = w.cpuLoadAverage();
            cpuShare = w.cpuTimeShare();
            heap = w.heapUsedMax();
            gc = w.gcMillis();
            sampler.start();
        }
        return new ClientSample(window, t, o, b, stats.count(), stats.percentile(0.5), stats.percentile(0.9),
                stats.percentile(0.99), stats.max(), stats.mean(), stats.negatives(), open.get(), closedByServer.get(),
                codeText.toString(), e, counted == 0 ? 0 : min, max, without, cpuLoad, cpuShare, heap, gc,
                stats.count() - plain.count(), plain.percentile(0.99), plain.max());
    }

    @Override
    public long closeAll() {
        long start = System.nanoTime();
        List<Conn> all;
        synchronized (conns) {
            all = new ArrayList<>(conns);
            conns.clear();
        }
        for (Conn conn : all) {
            conn.closing = true;
            WebSocket socket = conn.socket;
            if (socket != null && !socket.isClosed()) {
                socket.close();
            }
        }
        long deadline = start + CLOSE_DEADLINE_MILLIS * 1_000_000;
        while (open.get() > 0 && System.nanoTime() < deadline) {
            sleep(10);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public int open() {
        return open.get();
    }

    @Override
    public void close() {
        closeAll();
        sampler.shutdown();
        try {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("clients: close did not finish cleanly: " + e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The child side of {@link ForkedClients}: {@code LoadClients HOST PORT EVENT_LOOPS DEFLATE},
     * then commands on standard input: {@code connect PER_PATH PATH...}, {@code sample},
     * {@code close}, {@code exit}.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        // Anything else that writes to System.out (a library) must not break the protocol.
        System.setOut(System.err);
        LoadClients fleet = new LoadClients(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Boolean.parseBoolean(args[3]), true);
        out.println("@ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = in.readLine()) != null) {
                String[] words = line.trim().split(" ");
                switch (words[0]) {
                    case "connect" -> out.println("@connected " + fleet.connect(
                            Arrays.asList(words).subList(2, words.length), Integer.parseInt(words[1])).encode());
                    case "sample" -> out.println("@sample " + fleet.sample().encode());
                    case "close" -> out.println("@closed " + fleet.closeAll());
                    case "exit" -> {
                        return;
                    }
                    default -> out.println("@error unknown command " + words[0]);
                }
            }
        } finally {
            fleet.close();
            out.println("@bye");
            System.exit(0);
        }
    }
}

package org.cctrainer.backend.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cctrainer.backend.Trainer;
import org.cctrainer.backend.TrainerConfig;

/** What the benchmarks share: arguments, a trainer to run, its HTTP API and metrics, the client fleet. */
final class BenchSupport {
    static final String HOST = "127.0.0.1";

    private BenchSupport() {
    }

    /** {@code --name value} pairs; a flag with no value is "true". */
    static final class Args {
        private final Map<String, String> values = new HashMap<>();

        Args(String[] args, String usage) {
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--help") || !flag.startsWith("--")) {
                    System.err.println(usage);
                    System.exit(flag.equals("--help") ? 0 : 2);
                }
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                values.put(flag.substring(2), hasValue ? args[++i] : "true");
            }
        }

        String text(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        }

        double number(String name, double fallback) {
            return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
        }

        boolean flag(String name) {
            return Boolean.parseBoolean(values.getOrDefault(name, "false"));
        }

        List<Integer> integers(String name, String fallback) {
            List<Integer> list = new ArrayList<>();
            for (String part : text(name, fallback).split(",")) {
                list.add(Integer.parseInt(part.trim()));
            }
            return list;
        }
    }

    /** The client fleet the arguments ask for: a second JVM unless {@code --clients-in-process}. */
    static ClientFleet fleet(Args args, int port) {
        int loops = args.integer("client-event-loops", 2);
        boolean deflate = args.flag("deflate");
        if (args.flag("clients-in-process")) {
            System.out.printf("clients: same JVM, own Vert.x instance, %d event loops%s%n", loops,
                    deflate ? ", permessage-deflate" : "");
            return new LoadClients(HOST, port, loops, deflate, false);
        }
        List<String> options = new ArrayList<>();
        for (String option : args.text("client-jvm-options", "").split(" ")) {
            if (!option.isBlank()) {
                options.add(option);
            }
        }
        ForkedClients forked = new ForkedClients(HOST, port, loops, deflate, options);
        System.out.printf("clients: second JVM (pid %d), %d event loops%s%n", forked.pid(), loops,
                deflate ? ", permessage-deflate" : "");
        return forked;
    }

    /** The trainer key benchmarks start their trainer with. */
    static final String KEY = "benchmark-trainer-key-0123456789";

    static Trainer startTrainer(Path dataDir) throws Exception {
        Trainer trainer = new Trainer(new TrainerConfig(0, HOST, dataDir).withTrainerKey(KEY));
        trainer.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        return trainer;
    }

    static void stopTrainer(Trainer trainer, Path dataDir) {
        try {
            trainer.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("trainer: close did not finish cleanly: " + e);
        }
        deleteQuietly(dataDir);
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Response(int status, String body) {
    }

    static Response post(int port, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + path))
                .timeout(Duration.ofSeconds(30)).header("content-type", "application/json")
                .header("authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static Scrape scrape(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + "/metrics"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + response.statusCode());
        }
        return new Scrape(response.body(), System.nanoTime() - start);
    }

    /** Starts an exercise through the API; returns its id, or null with the refusal printed when not 201. */
    static String startExercise(int port, String scenario, double speed, long seed) throws Exception {
        Response response = post(port, "/api/exercises", "{\"scenario\":\"" + scenario + "\",\"speed\":" + speed
                + ",\"seed\":" + seed + "}");
        if (response.status() != 201) {
            return null;
        }
        return idOf(response.body());
    }

    /** The stream path an observer opens for an exercise: its observer link's token (no key, no ticket). */
    static String watchPath(int port, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + "/api/exercises/" + id))
                .timeout(Duration.ofSeconds(30)).header("authorization", "Bearer " + KEY).GET().build();
        String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("watch=");
        if (at < 0) {
            throw new IllegalStateException("no observer link in " + body);
        }
        return "/ws/exercises/" + id + "?watch=" + body.substring(at + 6, body.indexOf('"', at));
    }

    static String idOf(String json) {
        int at = json.indexOf("\"id\":\"");
        if (at < 0) {
            throw new IllegalStateException("no id in " + json);
        }
        int start = at + 6;
        return json.substring(start, json.indexOf('"', start));
    }

    static void sleepSeconds(double seconds) {
        LoadClients.sleep((long) (seconds * 1000));
    }

    static String ms(double seconds) {
        return Double.isNaN(seconds) ? "-" : String.format("%.1f", seconds * 1000);
    }

    static String pct(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format("%.0f%%", fraction * 100);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "-" : (bytes >> 20) + " MB";
    }

    static void machine() {
        System.out.printf("machine: %d cores, Java %s, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}

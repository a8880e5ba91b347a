package org.cctrainer.backend.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cctrainer.backend.RunningTrainer;
import org.cctrainer.backend.ops.GrafanaFiles.Query;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus side with Debian's {@code prometheus} package: promtool accepts the shipped
 * configuration and rules and passes the rules' unit tests, and a real Prometheus, configured
 * from the shipped file with the test trainer as its only target, scrapes it on loopback, answers
 * a service-level query, evaluates every alert rule without error, and answers every dashboard
 * query. Without the binaries the test fails: CI installs them (.ci/run).
 */
@DisplayName("Prometheus accepts the shipped configuration and scrapes a running trainer")
class PrometheusScrapeTest {
    private static final Duration SCRAPE_DEADLINE = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("promtool check config and check rules accept grafana/prometheus, which scrapes trainer-1 and trainer-2 every 5 s")
    void promtoolChecks() throws Exception {
        Path config = GrafanaFiles.grafana("prometheus/prometheus.yml");
        Run checkConfig = run(List.of(binary("promtool").toString(), "check", "config", config.toString()), config.getParent());
        assertEquals(0, checkConfig.exit(), "promtool check config:\n" + checkConfig.output());
        assertTrue(checkConfig.output().contains("SUCCESS: 1 rule files found"), checkConfig.output());
        Run checkRules = run(List.of(binary("promtool").toString(), "check", "rules",
                GrafanaFiles.grafana("prometheus/alerts.yml").toString()), config.getParent());
        assertEquals(0, checkRules.exit(), "promtool check rules:\n" + checkRules.output());

        JsonNode yml = GrafanaFiles.yaml("prometheus/prometheus.yml");
        assertEquals(List.of("alerts.yml"), texts(yml.path("rule_files")));
        assertEquals(1, yml.path("scrape_configs").size());
        JsonNode job = yml.path("scrape_configs").get(0);
        assertEquals("cc-trainer", job.path("job_name").asText());
        assertEquals("5s", job.path("scrape_interval").asText(yml.path("global").path("scrape_interval").asText()));
        assertEquals("/metrics", job.path("metrics_path").asText("/metrics"));
        assertEquals(List.of("trainer-1:8080", "trainer-2:8080"), texts(job.path("static_configs").get(0).path("targets")),
                "the docker-compose services of the two trainer nodes");
    }

    @Test
    @DisplayName("promtool test rules passes alerts.test.yml, which makes every alert fire")
    void promtoolUnitTestsTheAlerts() throws Exception {
        Path dir = GrafanaFiles.grafana("prometheus");
        Run test = run(List.of(binary("promtool").toString(), "test", "rules", "alerts.test.yml"), dir);
        assertEquals(0, test.exit(), "promtool test rules alerts.test.yml:\n" + test.output());
        Set<String> fired = new TreeSet<>();
        for (JsonNode t : GrafanaFiles.yaml("prometheus/alerts.test.yml").path("tests")) {
            for (JsonNode check : t.path("alert_rule_test")) {
                if (check.path("exp_alerts").size() > 0) {
                    fired.add(check.path("alertname").asText());
                }
            }
        }
        Set<String> rules = new TreeSet<>();
        GrafanaFiles.alertRules().forEach(r -> rules.add(r.path("alert").asText()));
        assertEquals(rules, fired, "every alert rule has a unit test in which it fires");
    }

    @Test
    @DisplayName("a real Prometheus scrapes a trainer on loopback, answers for cctrainer_queue_service_level, evaluates the rules and every dashboard query")
    void realPrometheusScrapesTheTrainer() throws Exception {
        Path prometheusBinary = binary("prometheus");
        Path work = Files.createTempDirectory("cc-prometheus-test");
        Process prometheus = null;
        try (RunningTrainer trainer = RunningTrainer.start()) {
            String exercise = trainer.startExercise("volume-surge", 10).getString("id");
            System.gc(); // the JVM's GC pause series, which the server dashboard shows, exist after a first collection
            int port = freePort();
            Path config = work.resolve("prometheus.yml");
            GrafanaFiles.YAML.writeValue(config.toFile(), testConfig(trainer.port));
            Path log = work.resolve("prometheus.log");
            prometheus = new ProcessBuilder(prometheusBinary.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + work.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String api = "http://127.0.0.1:" + port + "/api/v1/";

            // 1. A service-level series of the exercise, scraped from the trainer.
            String selector = "cctrainer_queue_service_level{exercise=\"" + exercise + "\"}";
            JsonObject answer = null;
            long deadline = System.nanoTime() + SCRAPE_DEADLINE.toNanos();
            while (System.nanoTime() < deadline) {
                if (!prometheus.isAlive()) {
                    fail("prometheus exited with " + prometheus.exitValue() + ":\n" + tail(log));
                }
                answer = query(api, selector);
                if (answer != null && !answer.getJsonObject("data").getJsonArray("result").isEmpty()) {
                    break;
                }
                Thread.sleep(250);
            }
            if (answer == null || answer.getJsonObject("data").getJsonArray("result").isEmpty()) {
                fail("Prometheus returned no " + selector + " within " + SCRAPE_DEADLINE.toSeconds() + " s; last answer "
                        + answer + "; targets " + get(api + "targets") + "\n" + tail(log));
            }
            JsonObject series = answer.getJsonObject("data").getJsonArray("result").getJsonObject(0).getJsonObject("metric");
            assertEquals("cc-trainer", series.getString("job"));
            assertEquals("127.0.0.1:" + trainer.port, series.getString("instance"));
            assertEquals(exercise, series.getString("exercise"));
            Set<String> windows = new TreeSet<>();
            answer.getJsonObject("data").getJsonArray("result")
                    .forEach(r -> windows.add(((JsonObject) r).getJsonObject("metric").getString("window")));
            assertEquals(Set.of("15m", "day"), windows, "both windows of service level: " + answer);

            // 2. Every alert rule loaded and evaluated without error; the trainer is not down.
            List<String> expected = GrafanaFiles.alertRules().stream().map(r -> r.path("alert").asText()).toList();
            List<String> ruleProblems = List.of("not evaluated yet");
            while (System.nanoTime() < deadline && !ruleProblems.isEmpty()) {
                ruleProblems = ruleProblems(get(api + "rules"), expected);
                if (!ruleProblems.isEmpty()) {
                    Thread.sleep(250);
                }
            }
            assertTrue(ruleProblems.isEmpty(), "alert rules in Prometheus: " + ruleProblems + "\n" + get(api + "rules"));
            assertFalse(get(api + "alerts").contains("CcTrainerDown"), "the trainer is up: " + get(api + "alerts"));

            // 3. Every dashboard query, with Grafana's variables set as for this trainer, is valid and
            //    returns series once a few scrapes are in (rates need two samples in their window).
            List<String> failing = List.of();
            do {
                failing = failingDashboardQueries(api, exercise);
                if (!failing.isEmpty()) {
                    Thread.sleep(500);
                }
            } while (!failing.isEmpty() && System.nanoTime() < deadline);
            assertTrue(failing.isEmpty(), "dashboard queries Prometheus refused or answered with nothing:\n"
                    + String.join("\n", failing));
        } finally {
            if (prometheus != null) {
                prometheus.destroy();
                if (!prometheus.waitFor(15, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
            deleteQuietly(work);
        }
    }

    /** The shipped prometheus.yml with the test trainer as the only target, scraped every second. */
    private static JsonNode testConfig(int trainerPort) {
        ObjectNode config = (ObjectNode) GrafanaFiles.yaml("prometheus/prometheus.yml");
        ((ObjectNode) config.path("global")).put("scrape_interval", "1s").put("evaluation_interval", "1s");
        ArrayNode rules = config.putArray("rule_files");
        rules.add(GrafanaFiles.grafana("prometheus/alerts.yml").toString());
        ObjectNode job = (ObjectNode) config.path("scrape_configs").get(0);
        job.put("scrape_interval", "1s").put("scrape_timeout", "1s");
        ArrayNode targets = ((ObjectNode) job.path("static_configs").get(0)).putArray("targets");
        targets.add("127.0.0.1:" + trainerPort);
        return config;
    }

    private List<String> failingDashboardQueries(String api, String exercise) throws Exception {
        List<String> failing = new ArrayList<>();
        for (Query q : GrafanaFiles.dashboardQueries()) {
            // As Grafana sends them: $__rate_interval is at least 4 scrapes; "All" is a regex.
            String expr = q.expr().replace("$__rate_interval", "5s").replace("$exercise", exercise)
                    .replace("$queue", ".+").replace("$instance", ".+");
            JsonObject answer = query(api, expr);
            if (answer == null || !"success".equals(answer.getString("status"))) {
                failing.add(q.where() + ": " + expr + " -> " + answer);
            } else if (answer.getJsonObject("data").getJsonArray("result").isEmpty()) {
                failing.add(q.where() + ": " + expr + " -> no series");
            }
        }
        return failing;
    }

    private static List<String> ruleProblems(String rulesAnswer, List<String> expected) {
        List<String> problems = new ArrayList<>();
        if (rulesAnswer == null) {
            return List.of("no answer from /api/v1/rules");
        }
        Set<String> seen = new HashSet<>();
        JsonObject rules = new JsonObject(rulesAnswer);
        rules.getJsonObject("data").getJsonArray("groups").forEach(group -> ((JsonObject) group).getJsonArray("rules")
                .forEach(r -> {
                    JsonObject rule = (JsonObject) r;
                    seen.add(rule.getString("name"));
                    if (rule.getString("lastEvaluation", "").startsWith("0001-")) {
                        problems.add(rule.getString("name") + " not evaluated yet");
                    } else if (!"ok".equals(rule.getString("health"))) {
                        problems.add(rule.getString("name") + ": " + rule.getString("health") + " " + rule.getString("lastError"));
                    }
                }));
        if (!seen.equals(new HashSet<>(expected))) {
            problems.add("loaded " + seen + ", expected " + expected);
        }
        return problems;
    }

    // ---- processes and HTTP ---------------------------------------------------------------------

    /**
     * A binary of Debian's prometheus package, from PATH. Missing is a failure, not a skip: the
     * test is what keeps the shipped configuration honest.
     */
    static Path binary(String name) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                dirs.add(Path.of(dir));
            }
        }
        dirs.add(Path.of("/usr/bin"));
        for (Path dir : dirs) {
            Path candidate = dir.resolve(name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(name + " is not installed (looked in PATH and /usr/bin). Install Debian's `prometheus`"
                + " package, which has prometheus and promtool: `sudo apt-get install -y prometheus`."
                + " CI installs it (.ci/run).");
    }

    record Run(int exit, String output) {
    }

    static Run run(List<String> command, Path dir) throws Exception {
        Path out = Files.createTempFile("cc-promtool", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 60 s:\n" + Files.readString(out));
            }
            return new Run(p.exitValue(), Files.readString(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private JsonObject query(String api, String expr) {
        try {
            String body = get(api + "query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
            return body == null ? null : new JsonObject(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The body of a GET (error statuses included: Prometheus explains them in JSON), or null while it is not up. */
    private String get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}

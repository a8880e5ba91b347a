package org.cctrainer.backend.ops;

import static io.vertx.core.http.HttpMethod.GET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctrainer.backend.RunningTrainer;
import org.cctrainer.backend.ops.GrafanaFiles.Query;
import org.cctrainer.backend.ops.GrafanaFiles.Variable;
import org.cctrainer.backend.ops.PromQl.Expression;
import org.cctrainer.backend.ops.PromQl.Frame;
import org.cctrainer.backend.ops.PromQl.Selector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dashboards and alert rules under grafana/ against a running trainer: every series they
 * query is in its /metrics, with the labels and label values they match on, used the way its
 * type allows (rate() on counters, histogram_quantile() on buckets keeping {@code le}); and each
 * dashboard is a well-formed Grafana model bound to the provisioned data source.
 */
@DisplayName("Grafana dashboards and alert rules query what a running trainer exports")
class DashboardQueriesTest {
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*(?:(.+?)\\s*,\\s*)?([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)");
    private static final Pattern VARIABLE_REF = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::[A-Za-z]+)?}|\\$([A-Za-z0-9_]+)|\\[\\[([A-Za-z0-9_]+)]]");

    private static RunningTrainer trainer;
    private static String exercise;
    private static WebSocket viewer;
    private static Exposition metrics;
    private static String scrape;

    @BeforeAll
    static void start() throws Exception {
        trainer = RunningTrainer.start();
        // A scored scenario, so that every per-exercise meter a scored day has is there.
        exercise = trainer.startExercise("volume-surge", 10).getString("id");
        CompletableFuture<Void> ticked = new CompletableFuture<>();
        // Handlers set in the connect callback, on the socket's event loop, before any message arrives.
        viewer = trainer.websockets.connect(new WebSocketConnectOptions().setURI(trainer.streamUri(exercise, "observer")))
                .map(socket -> {
                    socket.textMessageHandler(text -> {
                        if ("tick".equals(new JsonObject(text).getString("type"))) {
                            ticked.complete(null);
                        }
                    });
                    return socket;
                }).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        ticked.get(10, TimeUnit.SECONDS);
        System.gc(); // so that the JVM's GC pause series exist, as they do on any trainer that ran for a while
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            scrape = trainer.call(GET, "/metrics", null, null).body();
            metrics = Exposition.parse(scrape);
            boolean ready = metrics.hasLabelValue("cctrainer_queue_service_level", "exercise", exercise)
                    && metrics.value("cctrainer_websocket_connections") >= 1
                    && metrics.value("cctrainer_websocket_messages_sent_total") > 0
                    && metrics.value("cctrainer_tick_lag_seconds_count") > 0
                    && metrics.has("jvm_gc_pause_seconds_count");
            if (ready) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the trainer's /metrics never showed the exercise, the viewer and its ticks:\n" + scrape);
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (viewer != null) {
            viewer.close();
        }
        if (trainer != null) {
            trainer.close();
        }
    }

    @Test
    @DisplayName("Grafana is provisioned with one Prometheus data source and a file provider for grafana/dashboards")
    void provisioning() {
        JsonNode datasources = GrafanaFiles.yaml("provisioning/datasources/prometheus.yml");
        assertEquals(1, datasources.path("apiVersion").asInt());
        assertEquals(1, datasources.path("datasources").size());
        JsonNode ds = datasources.path("datasources").get(0);
        assertEquals("prometheus", ds.path("type").asText());
        assertEquals("http://prometheus:9090", ds.path("url").asText());
        assertEquals("proxy", ds.path("access").asText());
        assertFalse(ds.path("uid").asText().isBlank(), "the data source has a fixed uid for the dashboards to name");
        assertEquals("5s", ds.path("jsonData").path("timeInterval").asText(),
                "the data source knows Prometheus's scrape interval, so $__rate_interval spans 4 scrapes");

        JsonNode providers = GrafanaFiles.yaml("provisioning/dashboards/dashboards.yml");
        assertEquals(1, providers.path("apiVersion").asInt());
        JsonNode provider = providers.path("providers").get(0);
        assertEquals("file", provider.path("type").asText());
        assertEquals("/var/lib/grafana/dashboards", provider.path("options").path("path").asText(),
                "where docker-compose mounts grafana/dashboards");
        assertEquals(Set.of("contact-centre.json", "server.json"), GrafanaFiles.dashboards().keySet());
    }

    @Test
    @DisplayName("each dashboard is a Grafana model: unique uid and panel ids, laid out on the grid, every panel on the provisioned data source")
    void dashboardStructure() {
        String uid = GrafanaFiles.datasourceUid();
        List<String> problems = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        GrafanaFiles.dashboards().forEach((file, d) -> {
            check(problems, !d.path("title").asText().isBlank(), file + ": no title");
            check(problems, uids.add(d.path("uid").asText()) && !d.path("uid").asText().isBlank(), file + ": missing or repeated uid");
            int schema = d.path("schemaVersion").asInt();
            check(problems, schema >= 36 && schema <= 41, file + ": schemaVersion " + schema + " (expected about 39)");
            check(problems, d.path("id").isNull(), file + ": a provisioned dashboard has id null (Grafana assigns it)");
            check(problems, d.path("templating").path("list").isArray(), file + ": no templating list");
            Set<Integer> ids = new HashSet<>();
            List<JsonNode> laidOut = new ArrayList<>();
            for (JsonNode panel : GrafanaFiles.panels(d)) {
                String where = file + " panel " + panel.path("id") + " \"" + panel.path("title").asText() + "\"";
                check(problems, panel.path("id").isInt() && ids.add(panel.path("id").asInt()), where + ": missing or repeated id");
                check(problems, !panel.path("title").asText().isBlank(), where + ": no title");
                JsonNode grid = panel.path("gridPos");
                boolean gridOk = grid.path("h").asInt() > 0 && grid.path("w").asInt() > 0 && grid.path("x").asInt(-1) >= 0
                        && grid.path("y").asInt(-1) >= 0 && grid.path("x").asInt() + grid.path("w").asInt() <= 24;
                check(problems, gridOk, where + ": gridPos " + grid + " is not on the 24-column grid");
                if (gridOk) {
                    laidOut.add(panel);
                }
                if (panel.path("type").asText().equals("row")) {
                    check(problems, !panel.has("targets"), where + ": a row has no queries");
                    continue;
                }
                check(problems, Set.of("timeseries", "stat", "gauge", "bargauge", "table", "state-timeline")
                        .contains(panel.path("type").asText()), where + ": unexpected panel type " + panel.path("type"));
                check(problems, datasource(panel.path("datasource"), uid), where + ": data source " + panel.path("datasource")
                        + " is not the provisioned {type: prometheus, uid: " + uid + "}");
                check(problems, panel.path("targets").size() > 0, where + ": no queries");
                Set<String> refIds = new HashSet<>();
                for (JsonNode target : panel.path("targets")) {
                    check(problems, refIds.add(target.path("refId").asText()) && !target.path("refId").asText().isBlank(),
                            where + ": missing or repeated refId");
                    check(problems, !target.path("expr").asText().isBlank(), where + ": a target without expr");
                    check(problems, !target.has("datasource") || datasource(target.path("datasource"), uid),
                            where + ": a target on another data source " + target.path("datasource"));
                }
            }
            for (int i = 0; i < laidOut.size(); i++) {
                for (int j = i + 1; j < laidOut.size(); j++) {
                    check(problems, !overlap(laidOut.get(i).path("gridPos"), laidOut.get(j).path("gridPos")),
                            file + ": panels " + laidOut.get(i).path("id") + " and " + laidOut.get(j).path("id") + " overlap");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("template variables come from label_values on the data source, are used by the queries, and every $reference is defined")
    void templating() {
        String uid = GrafanaFiles.datasourceUid();
        List<String> problems = new ArrayList<>();
        GrafanaFiles.dashboards().forEach((file, d) -> {
            List<Variable> variables = GrafanaFiles.variables(file, d);
            Map<String, Variable> byName = new HashMap<>();
            variables.forEach(v -> byName.put(v.name(), v));
            for (Variable v : variables) {
                check(problems, v.node().path("type").asText().equals("query"), file + " $" + v.name() + ": not a query variable");
                check(problems, datasource(v.node().path("datasource"), uid), file + " $" + v.name() + ": not on the provisioned data source");
                check(problems, LABEL_VALUES.matcher(v.query()).matches(), file + " $" + v.name() + ": query " + v.query()
                        + " is not label_values(...)");
                check(problems, v.node().path("refresh").asInt() >= 1,
                        file + " $" + v.name() + ": refresh 0 would never show a new exercise");
            }
            Set<String> used = new HashSet<>();
            List<String> texts = new ArrayList<>();
            for (JsonNode panel : GrafanaFiles.panels(d)) {
                texts.add(panel.path("title").asText());
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asText();
                    texts.add(expr);
                    texts.add(target.path("legendFormat").asText());
                    used.addAll(references(expr));
                    // A multi-value or All variable becomes a regex alternation: it must be matched with =~.
                    for (Selector s : parseQuietly(expr)) {
                        for (PromQl.Matcher m : s.matchers()) {
                            for (String ref : references(m.value())) {
                                Variable v = byName.get(ref);
                                boolean multi = v != null && (v.node().path("multi").asBoolean() || v.node().path("includeAll").asBoolean());
                                check(problems, !multi || m.op().equals("=~"), file + ": $" + ref + " can hold several values but "
                                        + m.label() + m.op() + "\"" + m.value() + "\" does not match a regex, in " + expr);
                            }
                        }
                    }
                }
                if (panel.has("repeat")) {
                    check(problems, byName.containsKey(panel.path("repeat").asText()), file + ": panel repeats over unknown $"
                            + panel.path("repeat").asText());
                }
            }
            variables.forEach(v -> texts.add(v.query()));
            for (Variable v : variables) {
                check(problems, used.contains(v.name()), file + ": $" + v.name() + " is defined but no query uses it");
            }
            for (String text : texts) {
                for (String ref : references(text)) {
                    check(problems, byName.containsKey(ref) || ref.startsWith("__"), file + ": $" + ref + " in \"" + text
                            + "\" is not a variable of the dashboard");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        Map<String, Variable> contactCentre = new HashMap<>();
        GrafanaFiles.variables("contact-centre.json", GrafanaFiles.dashboards().get("contact-centre.json"))
                .forEach(v -> contactCentre.put(v.name(), v));
        assertEquals(Set.of("exercise", "queue"), contactCentre.keySet());
        assertEquals("label_values(cctrainer_queue_service_level, exercise)", contactCentre.get("exercise").query());
        assertFalse(contactCentre.get("exercise").node().path("multi").asBoolean(), "one exercise at a time");
        assertTrue(contactCentre.get("queue").query().contains("exercise=\"$exercise\""), "queues of the chosen exercise");
    }

    @Test
    @DisplayName("the variables' queries find the running exercise and its queues in /metrics")
    void variablesFindTheRunningExercise() {
        Map<String, Variable> vars = new HashMap<>();
        GrafanaFiles.variables("contact-centre.json", GrafanaFiles.dashboards().get("contact-centre.json"))
                .forEach(v -> vars.put(v.name(), v));
        assertTrue(labelValues(vars.get("exercise").query(), Map.of()).contains(exercise),
                "the exercise selector offers the running exercise");
        Set<String> queues = labelValues(vars.get("queue").query(), Map.of("exercise", exercise));
        assertEquals(metrics.labelValues("cctrainer_queue_waiting", "queue"), queues, "the queue selector offers its queues");
        assertFalse(queues.isEmpty());
        Variable instance = GrafanaFiles.variables("server.json", GrafanaFiles.dashboards().get("server.json")).get(0);
        Matcher m = LABEL_VALUES.matcher(instance.query());
        assertTrue(m.matches() && metrics.has(PromQl.parse(m.group(1)).selectors().get(0).metric()),
                "the node selector reads a series every trainer exports: " + instance.query());
    }

    @Test
    @DisplayName("every metric a dashboard, variable or alert rule queries is in /metrics, with those labels, used as its type allows")
    void everyQueriedMetricIsExported() {
        String job = GrafanaFiles.yaml("prometheus/prometheus.yml").path("scrape_configs").get(0).path("job_name").asText();
        List<Query> queries = new ArrayList<>(GrafanaFiles.dashboardQueries());
        queries.addAll(GrafanaFiles.alertQueries());
        GrafanaFiles.dashboards().forEach((file, d) -> GrafanaFiles.variables(file, d).forEach(v -> {
            Matcher m = LABEL_VALUES.matcher(v.query());
            if (m.matches() && m.group(1) != null) {
                queries.add(new Query(file + " $" + v.name(), m.group(1)));
            }
        }));
        assertTrue(queries.size() > 40, "all the queries were found: " + queries.size());
        List<String> problems = new ArrayList<>();
        Set<String> queried = new TreeSet<>();
        for (Query q : queries) {
            Expression e;
            try {
                e = PromQl.parse(q.expr());
            } catch (IllegalArgumentException ex) {
                problems.add(q.where() + ": " + ex.getMessage());
                continue;
            }
            Set<String> labelsInExpression = new HashSet<>(Exposition.TARGET_LABELS);
            for (Selector s : e.selectors()) {
                String metric = s.metric();
                queried.add(metric);
                labelsInExpression.addAll(metrics.labelNames(metric));
                if (!metrics.has(metric)) {
                    problems.add(q.where() + ": " + metric + " is not in /metrics" + nearest(metric));
                    continue;
                }
                for (PromQl.Matcher m : s.matchers()) {
                    if (m.label().equals("__name__")) {
                        continue;
                    }
                    if (!metrics.labelNames(metric).contains(m.label())) {
                        problems.add(q.where() + ": " + metric + " has no label " + m.label() + " (it has "
                                + metrics.labelNames(metric) + ")");
                    } else if (m.op().equals("=") && !m.hasVariable()) {
                        if (m.label().equals("job")) {
                            check(problems, m.value().equals(job), q.where() + ": job=\"" + m.value()
                                    + "\" but prometheus.yml scrapes the trainer as job " + job);
                        } else if (!m.label().equals("instance")) {
                            check(problems, metrics.hasLabelValue(metric, m.label(), m.value()), q.where() + ": no "
                                    + metric + " has " + m.label() + "=\"" + m.value() + "\" (values: "
                                    + metrics.labelValues(metric, m.label()) + ")");
                        }
                    }
                }
                String function = s.innermostFunction();
                if (function != null && PromQl.COUNTER_FUNCTIONS.contains(function)) {
                    check(problems, metrics.counterLike(metric), q.where() + ": " + function + "() over " + metric
                            + ", a " + metrics.type(metric) + ", not a counter");
                }
                if (function != null && PromQl.GAUGE_FUNCTIONS.contains(function)) {
                    check(problems, metrics.gauge(metric), q.where() + ": " + function + "() over " + metric
                            + ", a " + metrics.type(metric) + ", not a gauge (use rate or increase)");
                }
                if (metric.endsWith("_bucket")) {
                    check(problems, s.inside("histogram_quantile") && function != null && PromQl.COUNTER_FUNCTIONS.contains(function),
                            q.where() + ": " + metric + " outside histogram_quantile(φ, rate(...))");
                    for (Frame f : s.frames()) {
                        if (f.aggregation()) {
                            boolean keepsLe = "by".equals(f.grouping) ? f.labels.contains("le")
                                    : "without".equals(f.grouping) && !f.labels.contains("le");
                            check(problems, keepsLe, q.where() + ": " + f.function + " over " + metric + " drops le");
                        }
                    }
                }
            }
            boolean quantile = e.frames().stream().anyMatch(f -> "histogram_quantile".equals(f.function));
            check(problems, !quantile || e.selectors().stream().anyMatch(s -> s.metric().endsWith("_bucket")),
                    q.where() + ": histogram_quantile over no _bucket series");
            for (String label : e.groupingLabels()) {
                check(problems, labelsInExpression.contains(label), q.where() + ": groups or matches on " + label
                        + ", which none of its series has");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems with queries against /metrics:\n"
                + String.join("\n", problems));
        assertTrue(queried.containsAll(Set.of("cctrainer_queue_service_level", "cctrainer_tick_lag_seconds_bucket",
                "cctrainer_journal_degraded", "up")), "the parser saw the queries: " + queried);
    }

    @Test
    @DisplayName("the contact-centre dashboard shows service level against target, waiting, longest wait, abandon rate, flows, agents by state and alerts")
    void contactCentrePanels() {
        JsonNode d = GrafanaFiles.dashboards().get("contact-centre.json");
        Map<String, Set<String>> byPanel = metricsByPanel(d);
        Set<String> all = new HashSet<>();
        byPanel.values().forEach(all::addAll);
        assertTrue(all.containsAll(Set.of("cctrainer_queue_service_level", "cctrainer_queue_service_level_target",
                "cctrainer_queue_waiting", "cctrainer_queue_longest_wait_seconds", "cctrainer_queue_abandon_rate",
                "cctrainer_queue_agents", "cctrainer_exercise_alerts_open", "cctrainer_queue_offered_total",
                "cctrainer_queue_answered_total", "cctrainer_queue_abandoned_total")), "queried: " + all);
        assertTrue(byPanel.values().stream().anyMatch(s -> s.containsAll(Set.of("cctrainer_queue_service_level",
                "cctrainer_queue_service_level_target"))), "one panel shows service level against its target");
        JsonNode agents = panelQuerying(d, "cctrainer_queue_agents");
        assertEquals("normal", agents.path("fieldConfig").path("defaults").path("custom").path("stacking").path("mode").asText(),
                "agents by state are stacked");
        assertTrue(PromQl.parse(agents.path("targets").get(0).path("expr").asText()).groupingLabels().contains("state"));
        JsonNode alerts = panelQuerying(d, "cctrainer_exercise_alerts_open");
        assertTrue(alerts.path("targets").get(0).path("legendFormat").asText().contains("{{severity}}"), "alerts by severity");
    }

    @Test
    @DisplayName("the server dashboard shows exercises, connections, messages and skipped ticks, tick lag p50/p99, event loop, JVM, journal and HTTP")
    void serverPanels() {
        JsonNode d = GrafanaFiles.dashboards().get("server.json");
        Set<String> all = new HashSet<>();
        metricsByPanel(d).values().forEach(all::addAll);
        assertTrue(all.containsAll(Set.of("cctrainer_exercises_running", "cctrainer_websocket_connections",
                "cctrainer_websocket_messages_sent_total", "cctrainer_websocket_ticks_skipped_total",
                "cctrainer_tick_lag_seconds_bucket", "cctrainer_event_loop_delay_seconds_bucket", "jvm_memory_used_bytes",
                "jvm_gc_pause_seconds_sum", "process_cpu_usage", "cctrainer_journal_backlog", "cctrainer_journal_degraded",
                "vertx_http_server_requests_total")), "queried: " + all);
        String tickLag = String.join("\n", panelQuerying(d, "cctrainer_tick_lag_seconds_bucket").findValuesAsText("expr"));
        assertTrue(tickLag.contains("histogram_quantile(0.5,") && tickLag.contains("histogram_quantile(0.99,"), tickLag);
    }

    @Test
    @DisplayName("the alert rules: trainer down, tick lag p99 over 100 ms for 2 minutes, journal degraded, ticks skipped, each with severity and text")
    void alertRules() {
        Map<String, JsonNode> rules = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : GrafanaFiles.alertRules()) {
            String name = rule.path("alert").asText();
            check(problems, !name.isBlank() && rules.put(name, rule) == null, "missing or repeated alert name " + name);
            check(problems, Set.of("warning", "critical").contains(rule.path("labels").path("severity").asText()),
                    name + ": severity is warning or critical");
            check(problems, !rule.path("annotations").path("summary").asText().isBlank()
                    && !rule.path("annotations").path("description").asText().isBlank(), name + ": summary and description");
            check(problems, rule.path("for").asText().matches("\\d+[smh]"), name + ": a `for` so one bad scrape does not page");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(rules.keySet().containsAll(Set.of("CcTrainerDown", "CcTrainerTickLagHigh", "CcTrainerJournalDegraded",
                "CcTrainerTicksSkipped")), "rules: " + rules.keySet());
        assertTrue(rules.get("CcTrainerDown").path("expr").asText().matches("up\\{job=\"cc-trainer\"} == 0"));
        JsonNode lag = rules.get("CcTrainerTickLagHigh");
        Expression lagExpr = PromQl.parse(lag.path("expr").asText());
        assertTrue(lag.path("expr").asText().replaceAll("\\s+", " ").startsWith("histogram_quantile(0.99, "));
        assertTrue(lag.path("expr").asText().trim().endsWith("> 0.1"), "over 100 ms");
        assertEquals("cctrainer_tick_lag_seconds_bucket", lagExpr.selectors().get(0).metric());
        assertEquals("2m", lag.path("for").asText());
        assertEquals("cctrainer_journal_degraded",
                PromQl.parse(rules.get("CcTrainerJournalDegraded").path("expr").asText()).selectors().get(0).metric());
        assertTrue(PromQl.parse(rules.get("CcTrainerTicksSkipped").path("expr").asText()).selectors().stream()
                .anyMatch(s -> s.metric().equals("cctrainer_websocket_ticks_skipped_total") && s.inside("rate")));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static boolean datasource(JsonNode ds, String uid) {
        return ds.path("type").asText().equals("prometheus") && ds.path("uid").asText().equals(uid);
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
                && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
                && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
                && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
    }

    private static Set<String> references(String text) {
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = VARIABLE_REF.matcher(text);
        while (m.find()) {
            refs.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return refs;
    }

    private static List<Selector> parseQuietly(String expr) {
        try {
            return PromQl.parse(expr).selectors();
        } catch (IllegalArgumentException e) {
            return List.of(); // reported by everyQueriedMetricIsExported
        }
    }

    /** What Grafana would offer for label_values(selector, label), from the scrape, with variables set. */
    private static Set<String> labelValues(String query, Map<String, String> variables) {
        Matcher m = LABEL_VALUES.matcher(query);
        assertTrue(m.matches(), query);
        Selector s = PromQl.parse(m.group(1)).selectors().get(0);
        Set<String> values = new TreeSet<>();
        for (Map<String, String> labels : metrics.series(s.metric())) {
            boolean matches = true;
            for (PromQl.Matcher matcher : s.matchers()) {
                String wanted = matcher.value();
                for (Map.Entry<String, String> v : variables.entrySet()) {
                    wanted = wanted.replace("$" + v.getKey(), v.getValue());
                }
                String actual = labels.getOrDefault(matcher.label(), "");
                boolean hit = matcher.op().startsWith("=") ? (matcher.op().equals("=") ? actual.equals(wanted) : actual.matches(wanted))
                        : (matcher.op().equals("!=") ? !actual.equals(wanted) : !actual.matches(wanted));
                matches &= hit;
            }
            if (matches && labels.containsKey(m.group(2))) {
                values.add(labels.get(m.group(2)));
            }
        }
        return values;
    }

    private static Map<String, Set<String>> metricsByPanel(JsonNode dashboard) {
        Map<String, Set<String>> byPanel = new HashMap<>();
        for (JsonNode panel : GrafanaFiles.panels(dashboard)) {
            Set<String> names = new HashSet<>();
            for (JsonNode target : panel.path("targets")) {
                PromQl.parse(target.path("expr").asText()).selectors().forEach(s -> names.add(s.metric()));
            }
            byPanel.put(panel.path("id").asText(), names);
        }
        return byPanel;
    }

    private static JsonNode panelQuerying(JsonNode dashboard, String metric) {
        for (JsonNode panel : GrafanaFiles.panels(dashboard)) {
            for (JsonNode target : panel.path("targets")) {
                if (PromQl.parse(target.path("expr").asText()).selectors().stream().anyMatch(s -> s.metric().equals(metric))
                        && panel.path("type").asText().equals("timeseries")) {
                    return panel;
                }
            }
        }
        throw new AssertionError("no time series panel queries " + metric);
    }

    /** For a name /metrics lacks, the exported names that share its first words: typos show at once. */
    private static String nearest(String metric) {
        String stem = metric.contains("_") ? metric.substring(0, metric.indexOf('_', metric.indexOf('_') + 1) + 1) : metric;
        Set<String> near = new TreeSet<>();
        for (String name : metrics.names()) {
            if (!stem.isEmpty() && name.startsWith(stem)) {
                near.add(name);
            }
        }
        return near.isEmpty() ? "" : " (exported: " + String.join(", ", near) + ")";
    }
}

package org.cctrainer.backend.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files under {@code grafana/}, found from wherever the tests run (surefire runs in
 * {@code backend/}): the repository root is the first directory up that has {@code grafana/}.
 */
final class GrafanaFiles {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A PromQL expression and where it comes from, for messages. */
    record Query(String where, String expr) {
    }

    /** A Grafana template variable of a dashboard. */
    record Variable(String dashboard, String name, JsonNode node) {
        String query() {
            JsonNode q = node.path("query");
            return q.isObject() ? q.path("query").asText() : q.asText();
        }
    }

    private GrafanaFiles() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("grafana")) && Files.exists(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new AssertionError("no grafana/ folder in " + dir + " or any folder above it");
    }

    static Path grafana(String relative) {
        return root().resolve("grafana").resolve(relative);
    }

    static JsonNode yaml(String relative) {
        try {
            return YAML.readTree(grafana(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every dashboard in grafana/dashboards by file name, parsed. */
    static Map<String, JsonNode> dashboards() {
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(grafana("dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                dashboards.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dashboards;
    }

    /** The provisioned data source's uid: the one every panel must name. */
    static String datasourceUid() {
        return yaml("provisioning/datasources/prometheus.yml").path("datasources").get(0).path("uid").asText();
    }

    /** Every panel, those inside collapsed rows included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    static List<Variable> variables(String file, JsonNode dashboard) {
        List<Variable> variables = new ArrayList<>();
        dashboard.path("templating").path("list").forEach(v -> variables.add(new Variable(file, v.path("name").asText(), v)));
        return variables;
    }

    /** Every panel target's expression of every dashboard. */
    static List<Query> dashboardQueries() {
        List<Query> queries = new ArrayList<>();
        dashboards().forEach((file, dashboard) -> {
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(file + " panel " + panel.path("id").asInt() + " \"" + panel.path("title").asText()
                            + "\" " + target.path("refId").asText(), target.path("expr").asText()));
                }
            }
        });
        return queries;
    }

    /** The alert rules of grafana/prometheus/alerts.yml. */
    static List<JsonNode> alertRules() {
        List<JsonNode> rules = new ArrayList<>();
        yaml("prometheus/alerts.yml").path("groups").forEach(group -> group.path("rules").forEach(rules::add));
        return rules;
    }

    static List<Query> alertQueries() {
        return alertRules().stream().map(rule -> new Query("alerts.yml " + rule.path("alert").asText(),
                rule.path("expr").asText())).toList();
    }
}

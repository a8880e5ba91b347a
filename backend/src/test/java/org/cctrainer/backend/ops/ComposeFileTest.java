package org.cctrainer.backend.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cctrainer.backend.TrainerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The docker-compose stack, checked by reading: no Docker engine runs where the tests run. The
 * files are read from the repository's root (surefire runs in backend/, so the root is found by
 * walking up to the folder holding docker-compose.yml): docker-compose.yml, Dockerfile,
 * .dockerignore, .env.example, and the grafana/ files the stack mounts.
 */
@DisplayName("The docker-compose stack and the Dockerfile")
class ComposeFileTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> TRAINERS = List.of("trainer-1", "trainer-2");
    private static final Set<String> SECRETS = Set.of("CC_TRAINER_KEY", "POSTGRES_PASSWORD", "GRAFANA_ADMIN_PASSWORD");
    /** What a filled-in .env would hold: URL-safe, as .env.example asks. */
    private static final Map<String, String> SAMPLE_ENV = Map.of(
            "CC_TRAINER_KEY", "0123456789abcdef0123456789abcdef",
            "POSTGRES_PASSWORD", "5f1e0c9a7b3d24e6",
            "GRAFANA_ADMIN_PASSWORD", "9c2b7e4a1d6f3085");

    private static Path root;
    private static JsonNode compose;
    private static Map<String, JsonNode> services;
    private static List<Instruction> dockerfile;

    @BeforeAll
    static void load() throws IOException {
        root = repositoryRoot();
        compose = YAML.readTree(root.resolve("docker-compose.yml").toFile());
        services = new LinkedHashMap<>();
        compose.path("services").properties().forEach(e -> services.put(e.getKey(), e.getValue()));
        dockerfile = Instruction.parse(Files.readString(root.resolve("Dockerfile")));
    }

    // ---- docker-compose.yml --------------------------------------------------------------

    @Test
    @DisplayName("is a Compose-spec file (no version key) with the five services")
    void shape() {
        assertFalse(compose.has("version"), "the Compose spec has no version key; docker compose warns about it");
        Set<String> topLevel = new TreeSet<>();
        compose.fieldNames().forEachRemaining(topLevel::add);
        topLevel.removeIf(k -> k.startsWith("x-"));
        assertTrue(Set.of("name", "services", "volumes", "networks", "secrets", "configs").containsAll(topLevel),
                "unknown top-level keys: " + topLevel);
        assertEquals(Set.of("postgres", "trainer-1", "trainer-2", "prometheus", "grafana"), services.keySet());
    }

    @Test
    @DisplayName("every service has an image or a build, a health check with a test and an interval, and a restart policy")
    void everyServiceIsComplete() {
        Pattern duration = Pattern.compile("(\\d+(ms|s|m|h))+");
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            if (!service.hasNonNull("image") && !service.hasNonNull("build")) {
                problems.add(name + ": neither image nor build");
            }
            JsonNode check = service.path("healthcheck");
            List<String> test = healthTest(service);
            if (test.isEmpty()) {
                problems.add(name + ": no healthcheck.test");
            } else if (!Set.of("CMD", "CMD-SHELL").contains(test.get(0)) || test.size() < 2) {
                problems.add(name + ": healthcheck.test must be [\"CMD\", ...] or [\"CMD-SHELL\", \"...\"], got " + test);
            }
            for (String key : List.of("interval", "timeout", "start_period")) {
                if (!check.has(key)) {
                    if (key.equals("interval")) {
                        problems.add(name + ": no healthcheck.interval");
                    }
                } else if (!duration.matcher(check.get(key).asText()).matches()) {
                    problems.add(name + ": healthcheck." + key + " is not a duration: " + check.get(key).asText());
                }
            }
            String restart = service.path("restart").asText("");
            if (!restart.matches("always|unless-stopped|on-failure(:\\d+)?")) {
                problems.add(name + ": restart policy must be always, unless-stopped or on-failure, got '" + restart + "'");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("every named volume used is declared, and every declared one is used")
    void namedVolumes() {
        Set<String> declared = new TreeSet<>();
        compose.path("volumes").fieldNames().forEachRemaining(declared::add);
        Set<String> used = new TreeSet<>();
        services.forEach((name, service) -> mounts(service).stream().filter(m -> !m.bind()).forEach(m -> used.add(m.source())));
        Set<String> undeclared = new TreeSet<>(used);
        undeclared.removeAll(declared);
        assertEquals(Set.of(), undeclared, "named volumes used but not declared under volumes:");
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "volumes declared but used by no service:");
        // The data that must survive a restart lives in named volumes.
        assertEquals("pgdata", mountAt("postgres", "/var/lib/postgresql/data").source());
        for (String trainer : TRAINERS) {
            Mount data = mountAt(trainer, "/data");
            assertFalse(data.bind(), trainer + "'s /data must be a named volume");
        }
        assertEquals(2, TRAINERS.stream().map(t -> mountAt(t, "/data").source()).distinct().count(),
                "each trainer node has a data volume of its own");
    }

    @Test
    @DisplayName("every bind-mounted host path exists in the repository, and is mounted read-only")
    void bindMounts() {
        List<String> missing = new ArrayList<>();
        List<String> writable = new ArrayList<>();
        services.forEach((name, service) -> mounts(service).stream().filter(Mount::bind).forEach(m -> {
            assertTrue(m.source().startsWith("./"), name + ": bind mounts are relative to the repository: " + m.source());
            if (!Files.exists(root.resolve(m.source()).normalize())) {
                missing.add(name + ": " + m.source());
            }
            if (!m.readOnly()) {
                writable.add(name + ": " + m.source());
            }
        }));
        assertEquals(List.of(), missing, "bind-mounted paths missing from the repository");
        assertEquals(List.of(), writable, "bind mounts must be :ro (the containers only read the repository)");
    }

    @Test
    @DisplayName("depends_on names existing services, and service_healthy only ones with a health check")
    void dependsOn() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            JsonNode deps = service.path("depends_on");
            if (deps.isArray()) {
                problems.add(name + ": depends_on as a list waits for nothing; give each a condition");
                return;
            }
            deps.properties().forEach(dep -> {
                String target = dep.getKey();
                String condition = dep.getValue().path("condition").asText("");
                if (!services.containsKey(target)) {
                    problems.add(name + " depends on '" + target + "', which is no service");
                } else if (condition.equals("service_healthy") && healthTest(services.get(target)).isEmpty()) {
                    problems.add(name + " waits for " + target + " to be healthy, but it has no health check");
                } else if (!Set.of("service_started", "service_healthy", "service_completed_successfully").contains(condition)) {
                    problems.add(name + " -> " + target + ": unknown condition '" + condition + "'");
                }
            });
        });
        assertEquals(List.of(), problems);
        for (String trainer : TRAINERS) {
            assertEquals("service_healthy", services.get(trainer).path("depends_on").path("postgres").path("condition").asText(),
                    trainer + " starts once PostgreSQL answers (the journal opens at start)");
        }
        assertEquals("service_healthy", services.get("grafana").path("depends_on").path("prometheus").path("condition").asText());
    }

    @Test
    @DisplayName("published host ports are unique: 8080 and 8081 the trainers, 3000 Grafana, 9090 Prometheus on loopback, PostgreSQL unpublished")
    void ports() {
        Map<Integer, String> byHostPort = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        Map<String, List<Port>> published = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            List<Port> ports = new ArrayList<>();
            service.path("ports").forEach(p -> ports.add(Port.parse(p.asText())));
            published.put(name, ports);
            for (Port port : ports) {
                assertTrue(port.host() > 0, name + ": give every published port a fixed host port: " + port);
                String before = byHostPort.putIfAbsent(port.host(), name);
                if (before != null) {
                    clashes.add("host port " + port.host() + ": " + before + " and " + name);
                }
            }
        });
        assertEquals(List.of(), clashes);
        assertEquals(List.of(new Port("", 8080, 8080)), published.get("trainer-1"));
        assertEquals(List.of(new Port("", 8081, 8080)), published.get("trainer-2"));
        assertEquals(List.of(new Port("", 3000, 3000)), published.get("grafana"));
        assertEquals(List.of(new Port("127.0.0.1", 9090, 9090)), published.get("prometheus"),
                "Prometheus has no authentication: this machine only");
        assertEquals(List.of(), published.get("postgres"), "only the trainers reach PostgreSQL");
    }

    @Test
    @DisplayName("the trainers' journal URL points at the postgres service, its database, user and password")
    void journalUrl() throws Exception {
        JsonNode pg = services.get("postgres").path("environment");
        String database = pg.path("POSTGRES_DB").asText();
        String user = pg.path("POSTGRES_USER").asText();
        String password = interpolate(pg.path("POSTGRES_PASSWORD").asText(), SAMPLE_ENV);
        assertTrue(services.get("postgres").path("image").asText().startsWith("postgres:16"));
        for (String trainer : TRAINERS) {
            String raw = services.get(trainer).path("environment").path("CC_JOURNAL_URL").asText();
            assertTrue(raw.startsWith("jdbc:postgresql://"), trainer + ": " + raw);
            URI url = URI.create(interpolate(raw, SAMPLE_ENV).substring("jdbc:".length()));
            assertEquals("postgres", url.getHost(), trainer + ": the journal is the postgres service");
            assertEquals(5432, url.getPort(), trainer);
            assertEquals("/" + database, url.getPath(), trainer + ": the database the postgres service creates");
            Map<String, String> query = query(url.getRawQuery());
            assertEquals(user, query.get("user"), trainer);
            assertEquals(password, query.get("password"), trainer + ": the same variable as POSTGRES_PASSWORD");
        }
    }

    @Test
    @DisplayName("the trainers' command and environment are what TrainerConfig reads: one cluster of both nodes on the shared journal")
    void trainerSettings() throws Exception {
        String source = Files.readString(root.resolve("backend/src/main/java/org/cctrainer/backend/TrainerConfig.java"));
        for (String trainer : TRAINERS) {
            JsonNode service = services.get(trainer);
            Map<String, String> env = new LinkedHashMap<>();
            service.path("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            for (String name : env.keySet()) {
                assertTrue(source.contains("\"" + name + "\""), trainer + ": TrainerConfig reads no variable " + name);
            }
            Map<String, String> seen = new HashMap<>();
            env.forEach((k, v) -> seen.put(k, interpolate(v, SAMPLE_ENV)));
            List<String> command = new ArrayList<>();
            service.path("command").forEach(c -> command.add(c.asText()));
            assertFalse(command.isEmpty(), trainer + ": command as a list");

            TrainerConfig config = TrainerConfig.parse(command, seen);
            assertEquals(SAMPLE_ENV.get("CC_TRAINER_KEY"), config.trainerKey(), trainer + ": the shared key");
            assertEquals(Path.of("/data"), config.dataDir(), trainer);
            assertEquals("/data", mountAt(trainer, "/data").target());
            int containerPort = Port.parse(service.path("ports").get(0).asText()).container();
            assertEquals(containerPort, config.port(), trainer + ": listens on the published container port");
            assertTrue(healthTest(service).contains("http://127.0.0.1:" + config.port() + "/health"),
                    trainer + ": the health check asks this port's /health: " + healthTest(service));
            assertTrue(config.clustered(), trainer + ": --cluster");
            assertEquals(trainer, config.cluster().host(), trainer + ": CC_CLUSTER_HOST is the node's own service name");
            assertEquals(TRAINERS, config.cluster().members(), trainer + ": the members are the trainer services");
            assertTrue(exposed().contains(config.cluster().port()), "the Dockerfile exposes the Hazelcast port");
            assertTrue(config.journalUrl().startsWith("jdbc:postgresql://postgres:"),
                    trainer + ": the cluster's shared journal is the postgres service: " + config.journalUrl());
        }
        JsonNode one = services.get("trainer-1");
        JsonNode two = services.get("trainer-2");
        for (String key : List.of("build", "image", "command", "restart", "healthcheck", "depends_on")) {
            assertEquals(one.get(key), two.get(key), "both trainer nodes share " + key);
        }
        assertEquals("cc-trainer:local", one.path("image").asText());
        assertEquals("Dockerfile", one.path("build").path("dockerfile").asText("Dockerfile"));
        assertEquals(".", one.path("build").path("context").asText());
        for (String key : List.of("CC_TRAINER_KEY", "CC_JOURNAL_URL", "CC_CLUSTER_MEMBERS")) {
            assertEquals(one.path("environment").get(key), two.path("environment").get(key), "both nodes share " + key);
        }
    }

    @Test
    @DisplayName("secrets are required variables, never values in the file: compose refuses to start without them; .env.example lists them")
    void secrets() throws IOException {
        Map<String, String> secretValues = new LinkedHashMap<>();
        services.forEach((name, service) -> service.path("environment").properties().forEach(e -> {
            if (e.getKey().contains("PASSWORD") || e.getKey().contains("KEY")) {
                secretValues.put(name + "." + e.getKey(), e.getValue().asText());
            }
        }));
        secretValues.put("trainers' journal URL", services.get("trainer-1").path("environment").path("CC_JOURNAL_URL").asText());
        Pattern required = Pattern.compile("\\$\\{(\\w+):\\?[^}]+}");
        secretValues.forEach((where, value) -> {
            Matcher m = required.matcher(value);
            assertTrue(m.find() && SECRETS.contains(m.group(1)),
                    where + " must come from a required variable (${NAME:?message}), got: " + value);
            UsageError refused = assertThrows(UsageError.class, () -> interpolate(value, Map.of("CC_TRAINER_KEY", "")),
                    where + ": compose must refuse to start with the variable unset or empty");
            assertTrue(refused.getMessage().contains(".env.example"), "the message says where to look: " + refused.getMessage());
        });
        String text = Files.readString(root.resolve("docker-compose.yml"));
        Set<String> referenced = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(\\w+)").matcher(text);
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertEquals(new TreeSet<>(SECRETS), referenced, "the variables the stack needs");
        List<String> example = Files.readAllLines(root.resolve(".env.example"));
        for (String name : referenced) {
            assertTrue(example.contains(name + "="), ".env.example lists " + name + " (empty: it is for the operator to fill)");
        }
        assertTrue(Files.readAllLines(root.resolve(".gitignore")).contains(".env"), ".env is never committed");
    }

    @Test
    @DisplayName("Prometheus and Grafana find their files where compose mounts them, and reach the services by name")
    void monitoringWiring() throws IOException {
        // Prometheus: its configuration and every rule file it loads are inside a mount.
        Mount config = mountAt("prometheus", "/etc/prometheus");
        List<String> command = new ArrayList<>();
        services.get("prometheus").path("command").forEach(c -> command.add(c.asText()));
        assertTrue(command.contains("--config.file=/etc/prometheus/prometheus.yml"), command.toString());
        assertTrue(command.contains("--storage.tsdb.path=/prometheus"), command.toString());
        assertEquals("/prometheus", mountAt("prometheus", "/prometheus").target());
        Path hostConfigDir = root.resolve(config.source()).normalize();
        JsonNode prometheus = YAML.readTree(hostConfigDir.resolve("prometheus.yml").toFile());
        for (JsonNode rules : prometheus.path("rule_files")) {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + hostConfigDir.resolve(rules.asText()));
            try (Stream<Path> files = Files.list(hostConfigDir)) {
                assertTrue(files.anyMatch(glob::matches), "rule file " + rules.asText() + " is not in " + config.source());
            }
        }
        Set<String> targets = new TreeSet<>();
        prometheus.path("scrape_configs").forEach(job -> job.path("static_configs")
                .forEach(sc -> sc.path("targets").forEach(t -> targets.add(t.asText()))));
        for (String trainer : TRAINERS) {
            assertTrue(targets.contains(trainer + ":8080"), "Prometheus scrapes " + trainer + ": " + targets);
        }
        for (String target : targets) {
            assertTrue(services.containsKey(target.substring(0, target.indexOf(':'))), "scrape target is a service: " + target);
        }

        // Grafana: the data source points at the prometheus service; dashboards are read from their mount.
        Mount provisioning = mountAt("grafana", "/etc/grafana/provisioning");
        Path hostProvisioning = root.resolve(provisioning.source()).normalize();
        List<String> urls = new ArrayList<>();
        for (Path file : yamlFiles(hostProvisioning.resolve("datasources"))) {
            YAML.readTree(file.toFile()).path("datasources").forEach(ds -> {
                if (ds.path("type").asText().equals("prometheus")) {
                    urls.add(ds.path("url").asText());
                }
            });
        }
        assertEquals(List.of("http://prometheus:9090"), urls, "the Prometheus data source is the prometheus service");
        List<String> dashboardPaths = new ArrayList<>();
        for (Path file : yamlFiles(hostProvisioning.resolve("dashboards"))) {
            YAML.readTree(file.toFile()).path("providers").forEach(p -> dashboardPaths.add(p.path("options").path("path").asText()));
        }
        assertFalse(dashboardPaths.isEmpty(), "a dashboard provider under grafana/provisioning/dashboards");
        for (String path : dashboardPaths) {
            Mount dashboards = mountAt("grafana", path);
            assertTrue(dashboards.bind() && Files.isDirectory(root.resolve(dashboards.source())),
                    "the provider's folder " + path + " is a mounted folder of the repository");
        }
        JsonNode grafanaEnv = services.get("grafana").path("environment");
        assertEquals("false", grafanaEnv.path("GF_USERS_ALLOW_SIGN_UP").asText());
        assertEquals("admin", grafanaEnv.path("GF_SECURITY_ADMIN_USER").asText());
    }

    // ---- Dockerfile ----------------------------------------------------------------------

    @Test
    @DisplayName("the Dockerfile builds the jar with Maven and JDK 17 in one stage, and runs it on a JRE 17 as a non-root user")
    void dockerfileStages() throws IOException {
        List<List<Instruction>> stages = stages();
        assertEquals(2, stages.size(), "two FROM stages: build and runtime");
        List<Instruction> build = stages.get(0);
        List<Instruction> runtime = stages.get(1);

        String[] from = build.get(0).args().split("\\s+");
        assertTrue(from[0].startsWith("maven:") && from[0].contains("temurin-17"), "a Maven + JDK 17 image: " + from[0]);
        assertEquals(3, from.length, "the build stage is named: FROM image AS name");
        assertEquals("as", from[1].toLowerCase(Locale.ROOT));
        String buildStage = from[2];
        assertTrue(build.stream().anyMatch(i -> i.keyword().equals("RUN") && i.args().contains("mvn ")
                && i.args().contains(" package") && i.args().contains("-B")), "the build stage runs mvn -B ... package");

        // The build stage copies every module of the reactor and web/, which backend/pom.xml packs into the jar.
        Set<String> copied = build.stream().filter(i -> i.keyword().equals("COPY"))
                .flatMap(i -> sources(i).stream()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(copied.contains("pom.xml"), "COPY pom.xml: " + copied);
        String parentPom = Files.readString(root.resolve("pom.xml"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(parentPom);
        int modules = 0;
        while (module.find()) {
            modules++;
            String name = module.group(1).trim();
            assertTrue(copied.contains(name + "/pom.xml") && copied.contains(name + "/src"),
                    "the build stage copies module " + name + "'s pom.xml and src: " + copied);
        }
        assertTrue(modules >= 2, "modules in the parent pom");
        String backendPom = Files.readString(root.resolve("backend/pom.xml"));
        Matcher outside = Pattern.compile("\\$\\{project\\.basedir}/\\.\\./([\\w-]+)").matcher(backendPom);
        while (outside.find()) {
            assertTrue(copied.contains(outside.group(1)), "backend/pom.xml packs ../" + outside.group(1) + ": copy it");
        }
        for (String source : copied) {
            assertTrue(Files.exists(root.resolve(source)), "COPY source " + source + " is in the repository");
        }

        String runtimeImage = runtime.get(0).args().split("\\s+")[0];
        assertEquals("eclipse-temurin:17-jre", runtimeImage, "a JRE, not a JDK or Maven, at run time");
        List<Instruction> users = runtime.stream().filter(i -> i.keyword().equals("USER")).toList();
        assertFalse(users.isEmpty(), "the runtime stage sets a USER");
        String user = users.get(users.size() - 1).args().split(":")[0];
        assertFalse(Set.of("root", "0").contains(user), "the trainer does not run as root");

        assertTrue(backendPom.contains("<finalName>cc-trainer</finalName>"), "the shaded jar is backend/target/cc-trainer.jar");
        List<Instruction> jarCopies = runtime.stream().filter(i -> i.keyword().equals("COPY")).toList();
        assertEquals(1, jarCopies.size(), "the runtime stage copies one thing: the jar");
        Instruction jar = jarCopies.get(0);
        assertTrue(jar.args().startsWith("--from=" + buildStage + " "), "copied from the build stage: " + jar.args());
        assertEquals(List.of("/src/backend/target/cc-trainer.jar"), sources(jar));
        String jarPath = destination(jar);

        List<String> entrypoint = execForm("ENTRYPOINT", runtime);
        assertEquals(List.of("java", "-jar", jarPath), entrypoint, "ENTRYPOINT runs the shaded jar (exec form: java gets SIGTERM)");
        assertEquals("/app/cc-trainer.jar", jarPath);
        assertTrue(exposed().contains(8080), "EXPOSE 8080");
        assertTrue(exposed().contains(5701), "EXPOSE 5701 (Hazelcast)");
    }

    @Test
    @DisplayName("the image's default arguments start a trainer on 8080 with data in /data, owned by its user, and its health check's curl is installed")
    void dockerfileDefaults() throws Exception {
        List<Instruction> runtime = stages().get(1);
        TrainerConfig config = TrainerConfig.parse(execForm("CMD", runtime), Map.of());
        assertEquals(8080, config.port());
        assertEquals(Path.of("/data"), config.dataDir());
        assertFalse(config.clustered(), "a lone `docker run` is a single node with SQLite under /data");

        String runs = runtime.stream().filter(i -> i.keyword().equals("RUN")).map(Instruction::args).collect(Collectors.joining("\n"));
        String user = runtime.stream().filter(i -> i.keyword().equals("USER")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the runtime stage sets a USER")).args();
        assertTrue(runs.contains("chown " + user + ":" + user + " /data") || runs.contains("chown " + user + " /data"),
                "/data belongs to " + user + " (a new named volume copies the owner): " + runs);
        assertTrue(runs.matches("(?s).*apt-get install[^\\n]*\\bcurl\\b.*"), "curl is installed for the health check");
        assertTrue(runs.contains("rm -rf /var/lib/apt/lists/*"), "apt lists are cleaned in the same layer");
        Instruction health = runtime.stream().filter(i -> i.keyword().equals("HEALTHCHECK")).findFirst()
                .orElseThrow(() -> new AssertionError("the image has a HEALTHCHECK (for a plain docker run)"));
        assertTrue(health.args().contains("curl") && health.args().contains("http://127.0.0.1:8080/health"), health.args());
        for (String trainer : TRAINERS) {
            assertEquals("curl", healthTest(services.get(trainer)).get(1), trainer + ": the health check uses the curl the image installs");
        }
    }

    @Test
    @DisplayName(".dockerignore keeps build output, data, secrets and .git out of the build context, and everything the build copies in")
    void dockerignore() throws IOException {
        DockerIgnore ignore = new DockerIgnore(Files.readAllLines(root.resolve(".dockerignore")));
        for (String path : List.of("target/x.jar", "backend/target/cc-trainer.jar", "simulator/target/classes/A.class",
                "data/journal.db", "data/trainer-key", "backend/data/journal.db", ".env", ".git/HEAD")) {
            assertTrue(ignore.excludes(path), ".dockerignore must exclude " + path);
        }
        List<String> needed = new ArrayList<>(List.of("pom.xml",
                "backend/src/main/java/org/cctrainer/backend/Main.java", "web/index.html"));
        for (List<Instruction> stage : stages()) {
            stage.stream().filter(i -> i.keyword().equals("COPY") && !i.args().startsWith("--from"))
                    .flatMap(i -> sources(i).stream()).forEach(needed::add);
        }
        for (String path : needed) {
            assertFalse(ignore.excludes(path), ".dockerignore must keep " + path + " (the build copies it)");
        }
    }

    @Test
    @DisplayName("docs/operations.md describes the stack: its services and published ports")
    void documented() throws IOException {
        String docs = Files.readString(root.resolve("docs/operations.md"));
        int start = docs.indexOf("## docker-compose");
        assertTrue(start >= 0, "docs/operations.md has a \"## docker-compose\" section");
        int end = docs.indexOf("\n## ", start + 1);
        String section = end < 0 ? docs.substring(start) : docs.substring(start, end);
        for (String service : services.keySet()) {
            assertTrue(section.contains("`" + service + "`"), "the section names the service " + service);
        }
        for (JsonNode service : services.values()) {
            for (JsonNode p : service.path("ports")) {
                assertTrue(section.contains(String.valueOf(Port.parse(p.asText()).host())), "the section gives port " + p.asText());
            }
        }
        for (String secret : SECRETS) {
            assertTrue(section.contains(secret), "the section says how to set " + secret);
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        return fail("no docker-compose.yml in " + Path.of("").toAbsolutePath() + " or any folder above it");
    }

    private static List<String> healthTest(JsonNode service) {
        JsonNode test = service.path("healthcheck").path("test");
        List<String> parts = new ArrayList<>();
        if (test.isTextual()) {
            parts.add("CMD-SHELL");
            parts.add(test.asText());
        } else {
            test.forEach(t -> parts.add(t.asText()));
        }
        return parts;
    }

    record Mount(String source, String target, boolean bind, boolean readOnly) {
    }

    private static List<Mount> mounts(JsonNode service) {
        List<Mount> mounts = new ArrayList<>();
        for (JsonNode v : service.path("volumes")) {
            if (v.isTextual()) {
                String[] parts = v.asText().split(":");
                assertTrue(parts.length >= 2, "a volume needs source:target, got " + v.asText());
                boolean bind = parts[0].startsWith(".") || parts[0].startsWith("/") || parts[0].startsWith("~");
                boolean ro = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
                mounts.add(new Mount(parts[0], parts[1], bind, ro));
            } else {
                mounts.add(new Mount(v.path("source").asText(), v.path("target").asText(),
                        v.path("type").asText().equals("bind"), v.path("read_only").asBoolean(false)));
            }
        }
        return mounts;
    }

    /** The mount a container path is in: at it, or the deepest mount above it. */
    private static Mount mountAt(String service, String containerPath) {
        Mount best = null;
        for (Mount m : mounts(services.get(service))) {
            if ((containerPath.equals(m.target()) || containerPath.startsWith(m.target() + "/"))
                    && (best == null || m.target().length() > best.target().length())) {
                best = m;
            }
        }
        assertNotNull(best, service + " mounts nothing at " + containerPath);
        return best;
    }

    record Port(String ip, int host, int container) {
        /** "[ip:]host:container[/protocol]", or a bare container port (no fixed host port: host 0). */
        static Port parse(String text) {
            String[] parts = text.replaceAll("/(tcp|udp)$", "").split(":");
            return switch (parts.length) {
                case 1 -> new Port("", 0, Integer.parseInt(parts[0]));
                case 2 -> new Port("", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> new Port(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new AssertionError("cannot read port " + text);
            };
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return map;
    }

    /** Thrown where compose would refuse to start: a required variable unset or empty. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{(\\w+)(?:(:?[-?])([^}]*))?}|\\$(\\w+)");

    /** Compose's interpolation: ${X}, $X, ${X:-default}, ${X-default}, ${X:?error}, ${X?error}, $$. */
    static String interpolate(String text, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else if (m.group(4) != null) {
                replacement = env.getOrDefault(m.group(4), "");
            } else {
                String value = env.get(m.group(1));
                String op = m.group(2);
                boolean missing = value == null || (op != null && op.startsWith(":") && value.isEmpty());
                if (op == null) {
                    replacement = value == null ? "" : value;
                } else if (op.endsWith("-")) {
                    replacement = missing ? m.group(3) : value;
                } else if (missing) {
                    throw new UsageError("required variable " + m.group(1) + " is missing a value: " + m.group(3));
                } else {
                    replacement = value;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    // ---- reading the Dockerfile ------------------------------------------------------------

    record Instruction(String keyword, String args) {
        /** Instructions with continuation lines joined; comments (and the syntax directive) dropped. */
        static List<Instruction> parse(String text) {
            List<Instruction> list = new ArrayList<>();
            StringBuilder current = null;
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current == null)) {
                    continue;
                }
                boolean continues = trimmed.endsWith("\\");
                String part = continues ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
                current = current == null ? new StringBuilder(part) : current.append(' ').append(part);
                if (!continues) {
                    String joined = current.toString();
                    int space = joined.indexOf(' ');
                    list.add(new Instruction(joined.substring(0, space).toUpperCase(Locale.ROOT), joined.substring(space + 1).strip()));
                    current = null;
                }
            }
            assertTrue(current == null, "the Dockerfile ends inside a continued line");
            return list;
        }
    }

    private static List<List<Instruction>> stages() {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction i : dockerfile) {
            if (i.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            assertFalse(stages.isEmpty(), "the Dockerfile starts with FROM, not " + i.keyword());
            stages.get(stages.size() - 1).add(i);
        }
        return stages;
    }

    /** A COPY's sources: its arguments without flags, less the destination. */
    private static List<String> sources(Instruction copy) {
        List<String> words = copyWords(copy);
        return words.subList(0, words.size() - 1).stream().map(s -> s.replaceAll("/$", "")).toList();
    }

    private static String destination(Instruction copy) {
        List<String> words = copyWords(copy);
        return words.get(words.size() - 1);
    }

    private static List<String> copyWords(Instruction copy) {
        List<String> words = Stream.of(copy.args().split("\\s+")).filter(w -> !w.startsWith("--")).toList();
        assertTrue(words.size() >= 2, "COPY needs a source and a destination: " + copy.args());
        return words;
    }

    private static List<String> execForm(String keyword, List<Instruction> stage) {
        Instruction found = stage.stream().filter(i -> i.keyword().equals(keyword)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + keyword + " in the runtime stage"));
        try {
            List<String> words = new ArrayList<>();
            JsonNode array = JSON.readTree(found.args());
            assertTrue(array.isArray(), keyword + " in exec form (a JSON array): " + found.args());
            array.forEach(w -> words.add(w.asText()));
            return words;
        } catch (IOException e) {
            throw new AssertionError(keyword + " in exec form (a JSON array): " + found.args(), e);
        }
    }

    private static Set<Integer> exposed() {
        Set<Integer> ports = new LinkedHashSet<>();
        List<Instruction> runtime = stages().get(stages().size() - 1);
        runtime.stream().filter(i -> i.keyword().equals("EXPOSE"))
                .forEach(i -> Stream.of(i.args().split("\\s+")).forEach(p -> ports.add(Integer.parseInt(p.replaceAll("/\\w+$", "")))));
        return ports;
    }

    /**
     * .dockerignore as Docker reads it: patterns relative to the context root ("/" and a
     * trailing "/" dropped), {@code *} and {@code ?} within a path segment, {@code **} across
     * segments, a pattern that matches a folder excludes what is in it, "!" re-includes, and
     * the last matching line wins.
     */
    static final class DockerIgnore {
        private final List<Pattern> patterns = new ArrayList<>();
        private final List<Boolean> negated = new ArrayList<>();

        DockerIgnore(List<String> lines) {
            for (String line : lines) {
                String p = line.strip();
                if (p.isEmpty() || p.startsWith("#")) {
                    continue;
                }
                boolean not = p.startsWith("!");
                if (not) {
                    p = p.substring(1).strip();
                }
                p = p.replaceAll("^/+", "").replaceAll("/+$", "");
                patterns.add(Pattern.compile(regex(p)));
                negated.add(not);
            }
        }

        private static String regex(String glob) {
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    re.append(slash ? "(.*/)?" : ".*");
                    i += slash ? 2 : 1;
                } else if (c == '*') {
                    re.append("[^/]*");
                } else if (c == '?') {
                    re.append("[^/]");
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return re.toString();
        }

        boolean excludes(String path) {
            boolean excluded = false;
            for (int i = 0; i < patterns.size(); i++) {
                if (matchesOrParent(patterns.get(i), path)) {
                    excluded = !negated.get(i);
                }
            }
            return excluded;
        }

        private static boolean matchesOrParent(Pattern pattern, String path) {
            String p = path;
            while (true) {
                if (pattern.matcher(p).matches()) {
                    return true;
                }
                int slash = p.lastIndexOf('/');
                if (slash < 0) {
                    return false;
                }
                p = p.substring(0, slash);
            }
        }
    }
}

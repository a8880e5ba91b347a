package org.cctrainer.sim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.ScheduledIncident;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.json.Problems;
import org.cctrainer.sim.json.YamlLines;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.random.RandomStreams;

/**
 * Turns a scenario's YAML text into a {@link Scenario}, or a {@link ScenarioException} listing
 * every problem with its line and field. The file format is documented in docs/scenarios.md.
 */
public final class ScenarioReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    /** Scenario files are small; anything bigger is a mistake (or an attack on a shared trainer). */
    public static final int MAX_BYTES = 1_000_000;

    private ScenarioReader() {
    }

    public static Scenario read(String source, String text) throws ScenarioException {
        if (text.length() > MAX_BYTES || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ScenarioException(source, "file is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
            throw new ScenarioException(source, List.of(new Problems.Problem("", line, "not valid YAML: " + message)));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioException(source, "the file is empty");
        }
        YamlLines lines = YamlLines.of(text);
        Problems problems = new Problems(lines::lineOf);
        FieldReader r = FieldReader.object(root, "", problems);
        Scenario scenario = null;
        try {
            scenario = r == null ? null : readScenario(r);
        } catch (IllegalArgumentException e) {
            // A value the checks let through but a record refused: still the file's problem, not a crash.
            problems.add("", e.getMessage());
        }
        if (!problems.isEmpty() || scenario == null) {
            throw new ScenarioException(source, problems.isEmpty()
                    ? List.of(new Problems.Problem("", 0, "the file is empty")) : problems.list());
        }
        return scenario;
    }

    private static Scenario readScenario(FieldReader r) {
        String id = r.requiredText("id");
        if (id != null && !QueueReader.ID.matcher(id).matches()) {
            r.problems().add(r.at("id"), "must be 1–40 lower-case letters, digits or dashes (got '" + id + "')");
        }
        String title = r.requiredText("title");
        String summary = r.text("summary", "");
        r.text("trainerNote", "");
        int startMinute = ClockTimes.minuteOfDay(r.text("start", "08:00"));
        if (startMinute < 0) {
            r.problems().add(r.at("start"), "must be a clock time in quotes such as \"08:00\"");
            startMinute = 8 * 60;
        }
        double hours = r.requiredNumber("hours", 0.25, 24);
        double dayEnd = Double.isNaN(hours) ? 8 * 3600 : hours * 3600;
        long seed = r.longInteger("seed", 1);
        double[] quality = readQualitySampling(r);

        List<QueueConfig> queues = new ArrayList<>();
        List<FieldReader> queueReaders = r.children("queues");
        if (queueReaders.isEmpty()) {
            r.problems().add(r.at("queues"), "needs at least one queue");
        }
        for (FieldReader queue : queueReaders) {
            QueueConfig config = QueueReader.read(queue, dayEnd / 3600);
            if (config != null) {
                queues.add(config);
            }
        }
        java.util.Set<String> declaredQueues = new java.util.LinkedHashSet<>();
        for (FieldReader.Element element : r.elements("queues")) {
            if (element.node().path("id").isTextual()) {
                declaredQueues.add(element.node().path("id").asText());
            }
        }
        RosterReader roster = new RosterReader(startMinute, dayEnd,
                new RandomStreams(RandomStreams.nameHash(id == null ? "" : id)).forName("roster"), declaredQueues);
        for (FieldReader group : r.children("agentGroups")) {
            roster.readGroup(group);
        }
        for (FieldReader agent : r.children("agents")) {
            roster.readAgent(agent);
        }
        List<ScheduledIncident> incidents = new ArrayList<>();
        List<FieldReader> incidentReaders = r.children("incidents");
        for (int i = 0; i < incidentReaders.size(); i++) {
            FieldReader incident = incidentReaders.get(i);
            double at = ClockTimes.read(incident, "at", startMinute, Double.NaN, true, dayEnd);
            Incident read = IncidentReader.read(incident, "incident-" + (i + 1));
            if (read != null && !Double.isNaN(at)) {
                incidents.add(new ScheduledIncident(at, read));
            }
        }
        r.finish();
        if (!r.problems().isEmpty()) {
            return null;
        }
        checkReferences(r.problems(), queues, roster.agents(), incidents);
        if (!r.problems().isEmpty()) {
            return null;
        }
        try {
            return new Scenario(id, title, summary, startMinute, dayEnd, seed, queues, roster.agents(), incidents,
                    quality[0], quality[1]);
        } catch (IllegalArgumentException e) {
            r.problems().add("", e.getMessage());
            return null;
        }
    }

    private static double[] readQualitySampling(FieldReader parent) {
        FieldReader r = parent.child("quality");
        if (r == null) {
            return new double[] {0.1, 0.05};
        }
        double[] rates = {r.number("surveyRate", 0.1, 0, 1), r.number("qaSampleRate", 0.05, 0, 1)};
        r.finish();
        return rates;
    }

    /** Every id a queue, agent or incident names must exist (and make sense) elsewhere in the file. */
    private static void checkReferences(Problems problems, List<QueueConfig> queues, List<AgentConfig> agents,
                                        List<ScheduledIncident> incidents) {
        Map<String, QueueConfig> byId = new HashMap<>();
        for (int i = 0; i < queues.size(); i++) {
            if (byId.put(queues.get(i).id(), queues.get(i)) != null) {
                problems.add("queues[" + i + "].id", "queue id '" + queues.get(i).id() + "' is used twice");
            }
        }
        String known = String.join(", ", byId.keySet());
        for (int i = 0; i < queues.size(); i++) {
            QueueConfig queue = queues.get(i);
            if (queue.overflow() != null) {
                for (String target : queue.overflow().to()) {
                    QueueConfig to = byId.get(target);
                    if (to == null || to == queue || to.channel() != queue.channel()) {
                        problems.add("queues[" + i + "].overflow.to", "'" + target + "' must be another "
                                + queue.channel().wireName() + " queue (queues: " + known + ")");
                    }
                }
            }
            String deflectTo = queue.ivr().deflectTo();
            if (deflectTo != null) {
                QueueConfig to = byId.get(deflectTo);
                if (queue.channel() != Channel.VOICE || to == null || to.channel() != Channel.CHAT) {
                    problems.add("queues[" + i + "].ivr.deflectTo",
                            "digital deflection goes from a voice queue to a chat queue (queues: " + known + ")");
                }
            }
        }
        Set<String> agentIds = new HashSet<>();
        Set<String> teams = new HashSet<>();
        for (AgentConfig agent : agents) {
            if (!agentIds.add(agent.id())) {
                problems.add("agents", "agent id '" + agent.id() + "' is used twice");
            }
            teams.add(agent.team());
        }
        if (agents.isEmpty()) {
            problems.add("agentGroups", "the scenario needs at least one agent (agentGroups or agents)");
        }
        Set<String> incidentIds = new HashSet<>();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i).incident();
            if (!incidentIds.add(incident.id())) {
                problems.add("incidents[" + i + "].id", "incident id '" + incident.id() + "' is used twice");
            }
            for (String queue : Incident.queuesOf(incident)) {
                if (!byId.containsKey(queue)) {
                    problems.add("incidents[" + i + "]", "unknown queue '" + queue + "' (queues: " + known + ")");
                }
            }
            for (String agent : Incident.agentsOf(incident)) {
                if (!agentIds.contains(agent)) {
                    problems.add("incidents[" + i + "]", "unknown agent '" + agent + "'");
                }
            }
            if (incident instanceof Incident.Sickness sickness && sickness.team() != null
                    && !teams.contains(sickness.team())) {
                problems.add("incidents[" + i + "].team", "no agent is in team '" + sickness.team() + "'");
            }
        }
    }
}

package org.cctrainer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.RiskLevel;
import org.cctrainer.sim.incident.ScheduledIncident;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.model.ActivityType;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The training scenarios of the library (product.md, "Scenario library"): each is the centre of
 * free practice with one story scripted into it, and each teaches the criteria its trainer note names.
 */
@DisplayName("The library's training scenarios are the stories they tell")
class TrainingScenariosTest {
    private static final List<String> TRAINING = List.of("crm-outage", "vulnerable-escalations", "card-breach",
            "fast-but-failing", "storm-day");
    /** A card number the card schemes publish for testing; the only one a scenario may contain. */
    private static final String TEST_CARD = "4000 0000 0000 0002";
    private static final Set<String> COMPLIANCE_KINDS = Set.of("card-details-recorded", "personal-data-disclosed");

    static List<String> training() {
        return TRAINING;
    }

    @Test
    @DisplayName("the index lists the library in order: free practice, volume surge, then the training scenarios")
    void indexOrder() {
        List<String> expected = new ArrayList<>(List.of("free-practice", "volume-surge"));
        expected.addAll(TRAINING);
        assertEquals(expected, ScenarioLibrary.builtInIds());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("training")
    @DisplayName("is the free-practice centre: the same queues and teams, a morning of 4 to 5 hours from 08:00")
    void sameCentre(String id) {
        Scenario scenario = load(id);
        Scenario practice = load("free-practice");
        assertEquals(8 * 60, scenario.startMinuteOfDay());
        assertTrue(scenario.durationSeconds() >= 4 * 3600 && scenario.durationSeconds() <= 5 * 3600,
                scenario.durationSeconds() / 3600 + " hours");
        assertEquals(practice.queues().stream().map(QueueConfig::id).toList(),
                scenario.queues().stream().map(QueueConfig::id).toList());
        for (String prefix : List.of("bil-", "sup-", "dig-", "bo-")) {
            assertEquals(practice.agents().stream().filter(a -> a.id().startsWith(prefix)).count(),
                    scenario.agents().stream().filter(a -> a.id().startsWith(prefix)).count(), prefix);
        }
        List<AgentConfig> named = scenario.agents().stream().filter(a -> !a.id().matches("(bil|sup|dig|bo)-\\d+"))
                .toList();
        assertTrue(named.size() >= 4, "a few named agents: " + named);
        for (AgentConfig agent : named) {
            assertFalse(agent.name().equals(agent.id()), agent.id() + " has a name");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("training")
    @DisplayName("has a story, a summary and a trainer note naming its criteria, good answers and weak ones")
    void trainerNote(String id) throws Exception {
        String text = ScenarioLibrary.builtInText(id);
        assertNotNull(text);
        assertTrue(text.startsWith("# "), "the file opens with the story in a comment");
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(text);
        String note = yaml.path("trainerNote").asText("");
        assertTrue(note.contains("Good answers") && note.contains("Weak answers"), note);
        Matcher criteria = Pattern.compile("\\b[A-E][1-5]\\b").matcher(note);
        assertTrue(criteria.find(), "the note names criterion ids: " + note);
        assertFalse(load(id).summary().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("training")
    @DisplayName("scripts its incidents inside the day, compliance events only of the known kinds, about named people")
    void incidentsInsideTheDay(String id) {
        Scenario scenario = load(id);
        Set<String> agents = scenario.agents().stream().map(AgentConfig::id).collect(Collectors.toSet());
        double previous = -1;
        for (ScheduledIncident scheduled : scenario.incidents()) {
            assertTrue(scheduled.at() > 0 && scheduled.at() < scenario.durationSeconds(), scheduled.toString());
            assertTrue(scheduled.at() >= previous, "listed in time order: " + scheduled.incident().id());
            previous = scheduled.at();
            if (scheduled.incident() instanceof Incident.ComplianceEvent event) {
                assertTrue(COMPLIANCE_KINDS.contains(event.kind()), event.kind());
                assertTrue(agents.contains(event.agent()), event.agent());
                assertFalse(event.transcript().isBlank(), event.id() + " has an excerpt");
                if (event.kind().equals("personal-data-disclosed")) {
                    assertEquals("UK GDPR", event.regulation());
                    assertEquals(72, event.reportDeadlineHours());
                } else {
                    assertEquals("PCI DSS", event.regulation());
                    assertTrue(event.transcript().contains(TEST_CARD), event.transcript());
                }
            }
            if (scheduled.incident() instanceof Incident.EscalationCase c) {
                assertTrue(c.deadlineMinutes() >= 30 && c.deadlineMinutes() <= 120, c.id());
                assertFalse(c.summary().isBlank(), c.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("training")
    @DisplayName("contains no card number but the published test card")
    void onlyTheTestCard(String id) {
        Matcher digits = Pattern.compile("\\d(?:[ -]?\\d){12,18}").matcher(ScenarioLibrary.builtInText(id));
        while (digits.find()) {
            assertEquals(TEST_CARD, digits.group(), "a card-like number in " + id);
        }
    }

    @Nested
    @DisplayName("crm-outage")
    class CrmOutage {
        private final Scenario scenario = load("crm-outage");

        @Test
        @DisplayName("leaves 40 quiet minutes for a briefing, then the CRM is down for 90 minutes against a 60-minute RTO")
        void outage() {
            assertEquals(1, scenario.incidents().size());
            ScheduledIncident scheduled = scenario.incidents().get(0);
            assertEquals(40 * 60, scheduled.at(), "08:40");
            Incident.Outage outage = assertInstanceOf(Incident.Outage.class, scheduled.incident());
            assertEquals("crm-down", outage.id());
            assertEquals("CRM", outage.system());
            assertEquals(List.of("billing", "support"), outage.queues());
            assertFalse(outage.closesQueues(), "the queues stay open: agents work around it");
            assertEquals(1.8, outage.handleTimeMultiplier());
            assertEquals(90, outage.durationMinutes());
            assertEquals(60, outage.recoveryTimeObjectiveMinutes());
        }

        @Test
        @DisplayName("runs near target without the outage, and a passive supervisor loses billing for over an hour")
        void passiveRun() {
            assertPassiveRunBreaks(scenario);
        }
    }

    @Nested
    @DisplayName("vulnerable-escalations")
    class VulnerableEscalations {
        private final Scenario scenario = load("vulnerable-escalations");

        @Test
        @DisplayName("spreads six cases over the morning whose right tiers differ by the escalation criteria")
        void tiers() {
            Map<String, Integer> tiers = new LinkedHashMap<>();
            List<Incident.EscalationCase> cases = new ArrayList<>();
            for (ScheduledIncident scheduled : scenario.incidents()) {
                Incident.EscalationCase c = assertInstanceOf(Incident.EscalationCase.class, scheduled.incident());
                cases.add(c);
                tiers.put(c.id(), tier(c));
            }
            assertEquals(Map.of("esc-engineer-missed", 1, "esc-termination-fee", 2, "esc-roaming-charges", 2,
                    "esc-bereavement", 3, "esc-ombudsman", 3, "esc-angry-price-rise", 1), tiers);
            Incident.EscalationCase repeat = byId(cases, "esc-termination-fee");
            assertEquals(2, repeat.repeatCount());
            assertTrue(repeat.valueGbp() < 1000, "tier 2 by repeat contact alone");
            assertTrue(byId(cases, "esc-roaming-charges").valueGbp() >= 1000, "tier 2 by value alone");
            Incident.EscalationCase bereaved = byId(cases, "esc-bereavement");
            assertEquals(RiskLevel.HIGH, bereaved.vulnerability());
            assertTrue(bereaved.vulnerabilityNote().contains("Bereavement"), bereaved.vulnerabilityNote());
            Incident.EscalationCase regulatory = byId(cases, "esc-ombudsman");
            assertEquals(RiskLevel.HIGH, regulatory.regulatoryRisk());
            assertEquals(RiskLevel.NONE, regulatory.vulnerability(), "tier 3 by regulatory risk alone");
            assertTrue(regulatory.regulation().startsWith("Ofcom General Conditions"), regulatory.regulation());
            double first = scenario.incidents().get(0).at();
            double last = scenario.incidents().get(scenario.incidents().size() - 1).at();
            assertTrue(last - first >= 3 * 3600, "spread over the morning");
        }

        @Test
        @DisplayName("has no queue incident: the queues run close to target on their own")
        void nearTarget() {
            assertNearTargetWithoutHelp(scenario);
        }
    }

    @Nested
    @DisplayName("card-breach")
    class CardBreach {
        private final Scenario scenario = load("card-breach");

        @Test
        @DisplayName("finds card details on a named agent's recording, then another customer's statement sent by email")
        void events() {
            assertEquals(2, scenario.incidents().size());
            Incident.ComplianceEvent card = assertInstanceOf(Incident.ComplianceEvent.class,
                    scenario.incidents().get(0).incident());
            assertEquals("card-details-recorded", card.kind());
            assertEquals("priya-shah", card.agent());
            assertEquals("billing", card.queue());
            Incident.ComplianceEvent email = assertInstanceOf(Incident.ComplianceEvent.class,
                    scenario.incidents().get(1).incident());
            assertEquals("personal-data-disclosed", email.kind());
            assertEquals("tom-reed", email.agent());
            assertEquals("email", email.queue());
            assertTrue(scenario.incidents().get(1).at() - scenario.incidents().get(0).at() >= 3600,
                    "the second comes well after the first");
        }

        @Test
        @DisplayName("runs at a moderate load, close to target")
        void nearTarget() {
            assertNearTargetWithoutHelp(scenario);
        }
    }

    @Nested
    @DisplayName("fast-but-failing")
    class FastButFailing {
        private final Scenario scenario = load("fast-but-failing");

        @Test
        @DisplayName("has Jordan Price fast but poor at quality, and the other named agents sound")
        void jordan() {
            AgentConfig jordan = agent(scenario, "jordan-price");
            assertEquals(0.65, jordan.quality().speed());
            assertEquals(55, jordan.quality().qaMean());
            assertEquals(2.6, jordan.quality().csatMean());
            assertEquals(0.5, jordan.quality().fcrRate());
            for (AgentConfig other : scenario.agents()) {
                if (!other.id().equals("jordan-price")) {
                    assertTrue(other.quality().qaMean() >= 65 && other.quality().fcrRate() >= 0.65, other.id());
                }
            }
            long planned = scenario.agents().stream().filter(a -> a.activities().stream()
                    .anyMatch(x -> x.type() == ActivityType.COACHING || x.type() == ActivityType.TRAINING)).count();
            assertTrue(planned >= 2, planned + " agents have coaching or training planned");
            assertTrue(jordan.activities().stream().noneMatch(x -> x.type() == ActivityType.COACHING),
                    "nobody has planned Jordan's coaching yet");
        }

        @Test
        @DisplayName("goes quiet late in the morning, off the mid-morning peak")
        void quietSpell() {
            QueueConfig billing = scenario.queue("billing");
            double peak = 0;
            for (int i = 0; i < billing.forecast().intervals(); i++) {
                peak = Math.max(peak, billing.forecast().volume(i));
            }
            for (int i = 13; i <= 15; i++) {  // 11:15-12:00
                assertTrue(billing.forecast().volume(i) <= 0.65 * peak, "interval " + i);
            }
        }

        @Test
        @DisplayName("a passive day shows Jordan with the best handle time, many calls, and the most repeat contacts")
        void evidence() {
            Simulation simulation = Simulation.start(scenario, scenario.defaultSeed());
            simulation.runUntil(scenario.durationSeconds());
            List<AgentKpis> billing = simulation.snapshot().agents().stream()
                    .filter(a -> a.team().equals("Billing") && a.handled() > 10).toList();
            AgentKpis jordan = billing.stream().filter(a -> a.id().equals("jordan-price")).findFirst().orElseThrow();
            for (AgentKpis other : billing) {
                if (other != jordan) {
                    assertTrue(jordan.ahtSeconds() < other.ahtSeconds(), other.id() + " AHT");
                    assertTrue(jordan.repeatsCaused() > other.repeatsCaused(), other.id() + " repeats");
                }
            }
            double meanHandled = billing.stream().mapToLong(AgentKpis::handled).average().orElseThrow();
            assertTrue(jordan.handled() > 1.2 * meanHandled, jordan.handled() + " handled, team mean " + meanHandled);
            assertTrue(jordan.qaEvaluations() >= 2 && jordan.qaAverage() < 65, "QA " + jordan.qaAverage());
            assertTrue(jordan.surveys() >= 2 && jordan.csat() < 3, "CSAT " + jordan.csat());
            assertNearTargetWithoutHelp(scenario);
        }
    }

    @Nested
    @DisplayName("storm-day")
    class StormDay {
        private final Scenario scenario = load("storm-day");

        @Test
        @DisplayName("combines a billing surge, a CRM outage, three sick agents, two cases (one vulnerable), a breach and Jordan")
        void everything() {
            assertEquals(5 * 3600, scenario.durationSeconds());
            Map<Class<?>, List<Incident>> byType = scenario.incidents().stream().map(ScheduledIncident::incident)
                    .collect(Collectors.groupingBy(Object::getClass));
            Incident.VolumeChange surge = assertInstanceOf(Incident.VolumeChange.class,
                    only(byType.get(Incident.VolumeChange.class)));
            assertEquals(List.of("billing"), surge.queues());
            assertEquals(1.5, surge.multiplier());
            Incident.Outage outage = assertInstanceOf(Incident.Outage.class, only(byType.get(Incident.Outage.class)));
            assertEquals("CRM", outage.system());
            assertFalse(outage.closesQueues());
            Incident.Sickness sick = assertInstanceOf(Incident.Sickness.class,
                    only(byType.get(Incident.Sickness.class)));
            assertEquals(3, sick.agents().size() + sick.count());
            List<Incident> cases = byType.get(Incident.EscalationCase.class);
            assertEquals(2, cases.size());
            assertEquals(1, cases.stream().filter(c -> ((Incident.EscalationCase) c).vulnerability() == RiskLevel.HIGH)
                    .count(), "one vulnerable customer");
            assertEquals(List.of(3, 2), cases.stream().map(c -> tier((Incident.EscalationCase) c)).toList());
            Incident.ComplianceEvent breach = assertInstanceOf(Incident.ComplianceEvent.class,
                    only(byType.get(Incident.ComplianceEvent.class)));
            assertEquals("jordan-price", breach.agent());
            assertEquals(load("fast-but-failing").agents().stream().filter(a -> a.id().equals("jordan-price"))
                    .findFirst().orElseThrow().quality(), agent(scenario, "jordan-price").quality());
        }

        @Test
        @DisplayName("runs near target without its incidents, and a passive supervisor loses billing for over an hour")
        void passiveRun() {
            assertPassiveRunBreaks(scenario);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** The centre's escalation rule (the trainer notes and marking-points.md C1). */
    static int tier(Incident.EscalationCase c) {
        if (c.vulnerability() == RiskLevel.HIGH || c.regulatoryRisk() == RiskLevel.HIGH) {
            return 3;
        }
        if (c.vulnerability() == RiskLevel.MEDIUM || c.regulatoryRisk() == RiskLevel.MEDIUM || c.valueGbp() >= 1000
                || c.repeatCount() >= 2) {
            return 2;
        }
        return 1;
    }

    /** Minutes in the day when billing's rolling 15-minute service level is under its target (sampled each minute). */
    static int billingMinutesUnderTarget(Scenario scenario) {
        Simulation simulation = Simulation.start(scenario, scenario.defaultSeed());
        int minutes = 0;
        for (double t = 15 * 60; t <= scenario.durationSeconds(); t += 60) {
            simulation.runUntil(t);
            QueueKpis billing = simulation.snapshot().queue("billing");
            double sl = billing.last15().serviceLevel();
            if (!Double.isNaN(sl) && sl < billing.slTarget()) {
                minutes++;
            }
        }
        return minutes;
    }

    static void assertPassiveRunBreaks(Scenario scenario) {
        int without = billingMinutesUnderTarget(withoutIncidents(scenario));
        int with = billingMinutesUnderTarget(scenario);
        assertTrue(without <= 45, "without incidents billing is under target for only " + without + " minutes");
        assertTrue(with >= 60 && with >= 2 * without, "with them, " + with + " minutes (without: " + without + ")");
    }

    static void assertNearTargetWithoutHelp(Scenario scenario) {
        Simulation simulation = Simulation.start(scenario, scenario.defaultSeed());
        simulation.runUntil(scenario.durationSeconds());
        for (String queue : List.of("billing", "support")) {
            double sl = simulation.snapshot().queue(queue).sinceStart().serviceLevel();
            assertTrue(sl >= 0.82 && sl <= 0.99, queue + " service level " + sl + " is close to the 80% target");
        }
    }

    static Scenario withoutIncidents(Scenario s) {
        return new Scenario(s.id(), s.title(), s.summary(), s.startMinuteOfDay(), s.durationSeconds(), s.defaultSeed(),
                s.queues(), s.agents(), List.of(), s.surveyRate(), s.qaSampleRate());
    }

    static Incident.EscalationCase byId(List<Incident.EscalationCase> cases, String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    static AgentConfig agent(Scenario scenario, String id) {
        return scenario.agents().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no agent " + id));
    }

    static Incident only(List<Incident> incidents) {
        assertNotNull(incidents);
        assertEquals(1, incidents.size(), incidents.toString());
        return incidents.get(0);
    }

    static Scenario load(String id) {
        return ShippedScenariosTest.load(id);
    }
}

package org.cctrainer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.ScheduledIncident;
import org.cctrainer.sim.model.ActivityType;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.model.ServiceLevelDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The scenarios shipped with the simulator load and are the days they describe")
class ShippedScenariosTest {

    static List<String> builtInIds() {
        return ScenarioLibrary.builtInIds();
    }

    @Test
    @DisplayName("the library lists exactly the ids in index.txt, in order, skipping comments")
    void indexLists() throws IOException {
        String index;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenarios/index.txt")) {
            assertNotNull(in, "scenarios/index.txt is on the class path");
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = index.lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertEquals(expected, ScenarioLibrary.builtInIds());
        assertTrue(expected.containsAll(List.of("free-practice", "volume-surge")), expected.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    @DisplayName("every built-in id loads, and the file's own id is the id it is listed under")
    void everyBuiltInLoads(String id) throws ScenarioException {
        Scenario scenario = ScenarioLibrary.builtIn(id);
        assertEquals(id, scenario.id());
        assertFalse(scenario.title().isBlank());
        assertFalse(scenario.summary().isBlank(), "the start page shows the summary");
        assertNotNull(ScenarioLibrary.builtInText(id));
        Scenario viaLoad = ScenarioLibrary.load(id);
        assertEquals(scenario.id(), viaLoad.id(), "load(id) falls back to the built-in scenario");
        assertEquals(scenario.agents(), viaLoad.agents());
    }

    @Nested
    @DisplayName("free practice")
    class FreePractice {
        private final Scenario scenario = load("free-practice");

        @Test
        @DisplayName("is an 8-hour day starting at 08:00")
        void day() {
            assertEquals(8 * 3600, scenario.durationSeconds());
            assertEquals(8 * 60, scenario.startMinuteOfDay());
            assertEquals(20261123L, scenario.defaultSeed());
            assertEquals(0.12, scenario.surveyRate());
            assertEquals(0.05, scenario.qaSampleRate());
        }

        @Test
        @DisplayName("has four queues across voice, chat and email")
        void queues() {
            assertEquals(List.of("billing", "support", "webchat", "email"),
                    scenario.queues().stream().map(QueueConfig::id).toList());
            Set<Channel> channels = scenario.queues().stream().map(QueueConfig::channel)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
            assertEquals(EnumSet.allOf(Channel.class), channels);
            QueueConfig webchat = scenario.queue("webchat");
            assertEquals(2, webchat.concurrency());
            assertEquals(ServiceLevelDefinition.EXCLUDE_SHORT_ABANDONS, webchat.serviceLevelDefinition());
            assertEquals(10, webchat.shortAbandonSeconds());
            QueueConfig billing = scenario.queue("billing");
            assertEquals(List.of("support"), billing.overflow().to());
            assertEquals("webchat", billing.ivr().deflectTo());
            assertFalse(billing.ivr().deflectionOn(), "deflection is there for the trainee to switch on");
            assertEquals(32, billing.forecast().intervals(), "8 hours of 15-minute intervals");
            assertEquals(0.10, billing.forecast().repeatShare());
        }

        @Test
        @DisplayName("has about 60 agents on staggered shifts, each with planned time off the phones")
        void agents() {
            List<AgentConfig> agents = scenario.agents();
            assertEquals(60, agents.size());
            assertEquals(agents.size(), agents.stream().map(AgentConfig::id).distinct().count(), "ids are unique");
            for (AgentConfig agent : agents) {
                assertTrue(agent.shiftEnd() > agent.shiftStart(), agent.id());
                assertTrue(agent.activities().stream().anyMatch(a -> a.type() == ActivityType.LUNCH),
                        agent.id() + " has a lunch");
                for (var activity : agent.activities()) {
                    assertTrue(activity.start() >= agent.shiftStart() && activity.end() <= agent.shiftEnd(),
                            agent.id() + "'s " + activity + " is inside the shift");
                }
            }
            long withBreaks = agents.stream()
                    .filter(a -> a.activities().stream().anyMatch(x -> x.type() == ActivityType.BREAK)).count();
            assertTrue(withBreaks >= 55, withBreaks + " agents have a break");
            long shiftStarts = agents.stream().mapToDouble(AgentConfig::shiftStart).distinct().count();
            assertTrue(shiftStarts > 5, "shifts are staggered, not all at 08:00 (" + shiftStarts + " start times)");
            assertEquals(17, agents.stream().filter(a -> a.id().startsWith("bil-")).count());
            assertEquals(List.of("sam-ortiz", "lena-fischer", "omar-haddad", "kay-brennan"),
                    agents.subList(56, 60).stream().map(AgentConfig::id).toList(), "named agents follow the groups");
        }

        @Test
        @DisplayName("has nothing scripted to go wrong")
        void noIncidents() {
            assertEquals(List.of(), scenario.incidents());
        }
    }

    @Nested
    @DisplayName("volume surge")
    class VolumeSurge {
        private final Scenario scenario = load("volume-surge");

        @Test
        @DisplayName("is a 5-hour day with the same queues and agents as free practice")
        void sameCentre() {
            Scenario practice = load("free-practice");
            assertEquals(5 * 3600, scenario.durationSeconds());
            assertEquals(practice.queues().stream().map(QueueConfig::id).toList(),
                    scenario.queues().stream().map(QueueConfig::id).toList());
            assertEquals(practice.agents().stream().map(AgentConfig::id).toList(),
                    scenario.agents().stream().map(AgentConfig::id).toList());
        }

        @Test
        @DisplayName("has billing calls at 1.6 times the forecast from 09:40 for two and a half hours")
        void billingIncident() {
            assertEquals(1, scenario.incidents().size());
            ScheduledIncident scheduled = scenario.incidents().get(0);
            assertEquals(100 * 60, scheduled.at(), "09:40 is 100 minutes after the 08:00 start");
            Incident.VolumeChange surge = assertInstanceOf(Incident.VolumeChange.class, scheduled.incident());
            assertEquals("billing-letters", surge.id());
            assertEquals("Billing letters with the wrong amount", surge.title());
            assertEquals(List.of("billing"), surge.queues());
            assertEquals(1.6, surge.multiplier());
            assertEquals(150, surge.durationMinutes());
        }
    }

    static Scenario load(String id) {
        try {
            return ScenarioLibrary.builtIn(id);
        } catch (ScenarioException e) {
            throw new AssertionError("built-in scenario " + id + " does not load: " + e.getMessage(), e);
        }
    }
}

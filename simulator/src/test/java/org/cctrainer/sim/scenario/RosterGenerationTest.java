package org.cctrainer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.sim.model.ActivityType;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.ScheduledActivity;
import org.cctrainer.sim.model.SkillAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Agent groups become the same people, shifts and breaks every time the file is read")
class RosterGenerationTest {

    /** The minimal day with its one agent replaced by {@code groups}. */
    private static ScenarioText withGroups(String groups) {
        return ScenarioText.minimal().replace("""
                agents:
                  - id: ann
                    skills: [calls, chat, mail]
                """, groups);
    }

    private static final String TEAM = """
            agentGroups:
              - idPrefix: tier1
                count: 5
                team: Tier one
                names: [Ada Lovelace, Alan Turing]
                skills: [calls, {queue: chat, proficiency: 0.8, priority: 2}]
                shift: {start: "08:00", end: "12:00", spreadMinutes: 60}
                activities:
                  - {type: break, start: "09:00", minutes: 15, spreadMinutes: 40}
                  - {type: lunch, start: "10:00", minutes: 30, followsShift: true}
                notReady: {perHour: 1.5, meanMinutes: 4}
            """;

    @Test
    @DisplayName("reading the same file twice gives identical agents: ids, names, shifts, breaks and traits")
    void sameFileSameAgents() throws ScenarioException {
        List<AgentConfig> first = withGroups(TEAM).read().agents();
        List<AgentConfig> second = withGroups(TEAM).read().agents();
        assertEquals(first, second);
    }

    @Test
    @DisplayName("the shipped day is the same people on every load")
    void builtInSameAgents() throws ScenarioException {
        assertEquals(ScenarioLibrary.builtIn("free-practice").agents(),
                ScenarioLibrary.builtIn("free-practice").agents());
    }

    @Test
    @DisplayName("the run seed in the file does not change who is on the roster")
    void seedDoesNotChangeRoster() throws ScenarioException {
        List<AgentConfig> seedOne = withGroups(TEAM).replace("hours: 4\n", "hours: 4\nseed: 1\n").read().agents();
        List<AgentConfig> seedTwo = withGroups(TEAM).replace("hours: 4\n", "hours: 4\nseed: 99\n").read().agents();
        assertEquals(seedOne, seedTwo);
    }

    @Test
    @DisplayName("traits vary around the group's, drawn from the scenario's id: another id, other people")
    void traitsFollowTheScenarioId() throws ScenarioException {
        List<QualityTraits> here = traits(withGroups(TEAM).read().agents());
        List<QualityTraits> elsewhere = traits(withGroups(TEAM).replace("id: test-day", "id: other-day").read().agents());
        assertEquals(5, here.stream().distinct().count(), "each member has traits of their own");
        assertNotEquals(here, elsewhere);
    }

    @Test
    @DisplayName("members are numbered from the prefix, named from the list first, then from a generated list")
    void idsAndNames() throws ScenarioException {
        List<AgentConfig> agents = withGroups(TEAM).read().agents();
        assertEquals(List.of("tier1-01", "tier1-02", "tier1-03", "tier1-04", "tier1-05"),
                agents.stream().map(AgentConfig::id).toList());
        assertEquals("Ada Lovelace", agents.get(0).name());
        assertEquals("Alan Turing", agents.get(1).name());
        assertEquals(3, agents.subList(2, 5).stream().map(AgentConfig::name).distinct().count());
        agents.forEach(a -> assertEquals("Tier one", a.team()));
        assertEquals(List.of(SkillAssignment.primary("calls"), new SkillAssignment("chat", 0.8, 2)),
                agents.get(0).skills());
        assertEquals(1.5, agents.get(0).auxPerHour());
        assertEquals(240, agents.get(0).auxMeanSeconds());
    }

    @Test
    @DisplayName("a group of 100 or more numbers its members with three digits")
    void threeDigitIds() throws ScenarioException {
        List<AgentConfig> agents = withGroups("""
                agentGroups:
                  - idPrefix: big
                    count: 120
                    skills: [calls]
                """).read().agents();
        assertEquals("big-001", agents.get(0).id());
        assertEquals("big-120", agents.get(119).id());
    }

    @Test
    @DisplayName("spreadMinutes staggers shifts evenly from the first member to the last, keeping their length")
    void shiftSpread() throws ScenarioException {
        List<AgentConfig> agents = withGroups(TEAM).read().agents();
        double[] starts = agents.stream().mapToDouble(AgentConfig::shiftStart).toArray();
        // 5 members over 60 minutes: every 15 minutes, rounded to whole minutes.
        assertEquals(List.of(0.0, 900.0, 1800.0, 2700.0, 3600.0), List.of(starts[0], starts[1], starts[2], starts[3],
                starts[4]));
        agents.forEach(a -> assertEquals(4 * 3600, a.shiftEnd() - a.shiftStart(), a.id()));
    }

    @Test
    @DisplayName("an activity's spreadMinutes staggers it the same way; followsShift moves it with the shift instead")
    void activitySpread() throws ScenarioException {
        List<AgentConfig> agents = withGroups(TEAM).read().agents();
        for (int i = 0; i < agents.size(); i++) {
            List<ScheduledActivity> planned = agents.get(i).activities();
            assertEquals(new ScheduledActivity(ActivityType.BREAK, 3600 + i * 600.0, 900), planned.get(0),
                    "break: 09:00 plus 10 minutes a member (40 minutes over 5)");
            assertEquals(new ScheduledActivity(ActivityType.LUNCH, 7200 + i * 900.0, 1800), planned.get(1),
                    "lunch: 10:00 plus the member's 15-minute shift offset");
        }
    }

    @Test
    @DisplayName("uneven spreads round each member's offset to a whole minute")
    void roundedOffsets() throws ScenarioException {
        List<AgentConfig> agents = withGroups("""
                agentGroups:
                  - idPrefix: odd
                    count: 4
                    skills: [calls]
                    shift: {start: "08:00", end: "12:00", spreadMinutes: 10}
                """).read().agents();
        // 10 minutes over 3 gaps: 0, 3.33, 6.67, 10 → 0, 3, 7, 10 minutes.
        assertEquals(List.of(0.0, 180.0, 420.0, 600.0), agents.stream().map(AgentConfig::shiftStart).toList());
    }

    @Test
    @DisplayName("a group without a shift works the whole day; one member gets no spread")
    void defaults() throws ScenarioException {
        List<AgentConfig> agents = withGroups("""
                agentGroups:
                  - idPrefix: solo
                    skills: [calls]
                    shift: {spreadMinutes: 90}
                """).read().agents();
        assertEquals(1, agents.size(), "count defaults to 1");
        assertEquals(0, agents.get(0).shiftStart());
        assertEquals(4 * 3600, agents.get(0).shiftEnd());
        assertEquals(0, agents.get(0).auxPerHour(), "no notReady: no personal not-ready time");
    }

    @Test
    @DisplayName("with no qualitySpread given, members still differ a little around the group's traits")
    void defaultSpread() throws ScenarioException {
        List<AgentConfig> agents = withGroups("""
                agentGroups:
                  - idPrefix: t
                    count: 40
                    skills: [calls]
                    quality: {speed: 1.0, qaMean: 80, csatMean: 4.0, fcrRate: 0.8}
                """).read().agents();
        double meanSpeed = agents.stream().mapToDouble(a -> a.quality().speed()).average().orElseThrow();
        double meanFcr = agents.stream().mapToDouble(a -> a.quality().fcrRate()).average().orElseThrow();
        assertEquals(1.0, meanSpeed, 0.05, "speed varies by about 0.08 around 1.0");
        assertEquals(0.8, meanFcr, 0.03, "first-contact resolution varies by about 0.05 around 0.8");
        assertTrue(agents.stream().map(a -> a.quality().speed()).distinct().count() > 30);
    }

    @Test
    @DisplayName("a named agent keeps exactly the traits written for them")
    void individualTraits() throws ScenarioException {
        AgentConfig ann = ScenarioText.minimal().replace("skills: [calls, chat, mail]",
                "skills: [calls, chat, mail]\n    quality: {speed: 0.7, fcrRate: 0.55}").read().agents().get(0);
        assertEquals(new QualityTraits(0.7, 82, 4.1, 0.55), ann.quality(), "unset traits take the standard values");
    }

    @Test
    @DisplayName("a group's traits with no spread are exactly the group's, even outside the usual band")
    void groupTraitsNotClamped() throws ScenarioException {
        // Rough edge: the reader accepts speed 0.2–5, qaMean 0–100 and fcrRate 0–1 for a group, but the
        // variation clamps each member to speed 0.5–2, qaMean 30–100 and fcrRate 0.3–1 — so a "fast but
        // failing" group written as fcrRate 0.2 silently becomes 0.3, and speed 0.3 becomes 0.5.
        List<AgentConfig> agents = withGroups("""
                agentGroups:
                  - idPrefix: rushed
                    count: 2
                    skills: [calls]
                    quality: {speed: 0.3, qaMean: 20, fcrRate: 0.2}
                    qualitySpread: {speed: 0, qaMean: 0, csatMean: 0, fcrRate: 0}
                """).read().agents();
        assertEquals(new QualityTraits(0.3, 20, 4.1, 0.2), agents.get(0).quality());
    }

    private static List<QualityTraits> traits(List<AgentConfig> agents) {
        return agents.stream().map(AgentConfig::quality).toList();
    }
}

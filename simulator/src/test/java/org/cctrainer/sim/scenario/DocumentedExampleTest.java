package org.cctrainer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The example in docs/scenarios.md is a scenario the reader accepts, and means what the text says")
class DocumentedExampleTest {

    /** The first ```yaml block of docs/scenarios.md (tests run in simulator/, the docs are beside it). */
    static String example() throws IOException {
        Path doc = Path.of("..", "docs", "scenarios.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf("```yaml\n");
        assertTrue(start >= 0, "docs/scenarios.md has a ```yaml example");
        start += "```yaml\n".length();
        return text.substring(start, text.indexOf("```", start));
    }

    @Test
    @DisplayName("the annotated example loads: two queues, eleven group members and two named agents, one incident")
    void exampleLoads() throws IOException, ScenarioException {
        Scenario scenario = ScenarioReader.read("scenarios.md", example());
        assertEquals("late-shift-demo", scenario.id());
        assertEquals(12 * 60, scenario.startMinuteOfDay());
        assertEquals(6 * 3600, scenario.durationSeconds());
        assertEquals(2, scenario.queues().size());
        assertEquals(12, scenario.agents().size());
        assertEquals("team-a-01", scenario.agents().get(0).id());
        assertEquals("team-a-10", scenario.agents().get(9).id());
        assertEquals(30 * 60, scenario.agents().get(9).shiftStart(), "the last member starts at 12:30");
        AgentConfig jo = scenario.agents().get(10);
        assertEquals(3600, jo.shiftStart(), "13:00 is an hour into a 12:00 day");
        assertEquals(6 * 3600, jo.shiftEnd(), "no end: until the end of the day");
        Incident.HandleTimeChange crm = assertInstanceOf(Incident.HandleTimeChange.class,
                scenario.incidents().get(0).incident());
        assertEquals(150 * 60, scenario.incidents().get(0).at(), "14:30 is 150 minutes after 12:00");
        assertEquals(1.3, crm.multiplier());
    }
}

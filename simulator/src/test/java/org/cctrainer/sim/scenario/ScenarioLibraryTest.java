package org.cctrainer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cctrainer.sim.json.Problems.Problem;
import org.cctrainer.sim.model.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The scenario library finds a trainer's file or a built-in scenario, and says clearly when it cannot")
class ScenarioLibraryTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("a path to a file that does not exist names the path and lists the built-in ids")
    void missingPath() {
        String path = folder.resolve("no-such-day.yaml").toString();
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(path));
        assertEquals(path, e.source());
        assertEquals(1, e.problems().size());
        Problem problem = e.problems().get(0);
        assertEquals("", problem.path());
        assertEquals(0, problem.line());
        assertEquals("no such file, and no built-in scenario of that name (built-in: "
                + "free-practice, volume-surge, crm-outage, vulnerable-escalations, card-breach, fast-but-failing, storm-day)",
                problem.message());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    }

    @Test
    @DisplayName("an id that is not built in lists the ids that are")
    void unknownId() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load("black-friday"));
        assertEquals("black-friday", e.source());
        assertTrue(e.problems().get(0).message().contains("built-in: free-practice, volume-surge"),
                e.problems().get(0).message());
    }

    @Test
    @DisplayName("asking for a built-in scenario that does not exist lists the ones that do")
    void unknownBuiltIn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.builtIn("black-friday"));
        assertEquals("no built-in scenario 'black-friday'; built-in scenarios are "
                + "free-practice, volume-surge, crm-outage, vulnerable-escalations, card-breach, fast-but-failing, storm-day",
                e.problems().get(0).message());
        assertNull(ScenarioLibrary.builtInText("black-friday"));
    }

    @Test
    @DisplayName("a built-in id cannot be used to reach another resource")
    void noPathTricks() {
        assertThrows(ScenarioException.class, () -> ScenarioLibrary.builtIn("../scenarios/free-practice"));
        assertNull(ScenarioLibrary.builtInText("index"));
    }

    @Test
    @DisplayName("a trainer's file is read by path, and its problems name the file")
    void fileByPath() throws IOException, ScenarioException {
        Path file = folder.resolve("my-day.yaml");
        Files.writeString(file, ScenarioText.MINIMAL, StandardCharsets.UTF_8);
        Scenario scenario = ScenarioLibrary.load(file.toString());
        assertEquals("test-day", scenario.id());

        Files.writeString(file, ScenarioText.MINIMAL.replace("priority: 5", "priorty: 5"), StandardCharsets.UTF_8);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        assertEquals("my-day.yaml", e.source());
        assertEquals("queues[0].priorty", e.problems().get(0).path());
    }

    @Test
    @DisplayName("a file named like a built-in id is preferred to the built-in scenario")
    void fileWinsOverBuiltIn() throws IOException, ScenarioException {
        Path file = folder.resolve("free-practice");
        Files.writeString(file, ScenarioText.MINIMAL, StandardCharsets.UTF_8);
        assertEquals("test-day", ScenarioLibrary.load(file.toString()).id());
    }

    @Test
    @DisplayName("a file over 1 MB is refused by its size, before it is read")
    void oversizedFile() throws IOException {
        Path file = folder.resolve("huge.yaml");
        Files.writeString(file, ScenarioText.MINIMAL + "#" + "x".repeat(ScenarioReader.MAX_BYTES) + "\n",
                StandardCharsets.UTF_8);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        assertEquals(1, e.problems().size());
        assertEquals("file is larger than 1000000 bytes", e.problems().get(0).message());
    }

    @Test
    @DisplayName("a file that is not UTF-8 is reported as unreadable, not thrown")
    void notUtf8() throws IOException {
        Path file = folder.resolve("latin1.yaml");
        Files.write(file, ScenarioText.MINIMAL.replace("Test day", "Caf\u00e9 day").getBytes(StandardCharsets.ISO_8859_1));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        assertTrue(e.problems().get(0).message().startsWith("cannot read the file"), e.problems().get(0).message());
    }
}

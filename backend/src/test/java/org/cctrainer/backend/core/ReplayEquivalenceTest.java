package org.cctrainer.backend.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cctrainer.backend.console.CommandParser;
import org.cctrainer.backend.exercise.ReplayScript;
import org.cctrainer.backend.scoring.MarkingSchemes;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A replay is the same day: fed the recorded inputs at their times, a fresh core produces the
 * same timeline — every alert, event, KPI sample and command result — and the same score,
 * however differently its clock was stepped and however often anyone looked at it.
 */
@DisplayName("A replay gives the same day as the live run")
class ReplayEquivalenceTest {

    @Test
    @DisplayName("live with irregular steps, ticks read at odd moments and commands in between; replayed in big jumps: identical")
    void sameDay() throws Exception {
        Scenario scenario = ScenarioLibrary.builtIn("storm-day");
        var scheme = MarkingSchemes.builtIn(scenario);
        ExerciseCore live = new ExerciseCore(scenario, scenario.defaultSeed(), scheme);
        CommandParser parser = new CommandParser(scenario.startMinuteOfDay());
        Random wallClock = new Random(42);
        List<ReplayScript.Input> inputs = new ArrayList<>();
        String[] commands = {
            "{'id':'a','action':'open-view','view':'what-moved'}",
            "{'id':'b','action':'set-callback-offer','queue':'billing','on':true,'rationale':'billing at 61%'}",
            "{'id':'c','action':'move-agent','agent':'sam-ortiz','skills':[{'queue':'billing'}]}",
            "{'id':'d','action':'recall-agent','agent':'nobody'}",
            "{'id':'e','action':'add-overtime','count':3,'skills':[{'queue':'billing'}],'durationMinutes':60}",
            "{'id':'f','action':'review-change','change':'c','verdict':'keep'}"};
        int next = 0;
        double t = 0;
        while (t < scenario.durationSeconds()) {
            // A live exercise advances by whatever a 50 ms step at the current speed gives.
            t = Math.min(scenario.durationSeconds(), t + 1 + wallClock.nextDouble() * 40);
            live.advanceTo(t);
            live.simulation().snapshot(); // a tick: reading must change nothing
            if (next < commands.length && t > 3600 + next * 1800) {
                JsonNode command = Wire.MAPPER.readTree(commands[next++].replace('\'', '"'));
                live.command(parser.parse(command));
                inputs.add(new ReplayScript.Input(live.now(), "command",
                        Wire.MAPPER.createObjectNode().set("command", command), null));
            }
        }
        ExerciseCore replayed = new ExerciseCore(scenario, scenario.defaultSeed(), scheme);
        ReplayScript script = new ReplayScript(inputs);
        script.advance(replayed, new CommandParser(scenario.startMinuteOfDay()), 5400);
        script.advance(replayed, new CommandParser(scenario.startMinuteOfDay()), scenario.durationSeconds());

        assertEquals(live.timeline().size(), replayed.timeline().size());
        for (int i = 0; i < live.timeline().size(); i++) {
            TimelineEntry a = live.timeline().get(i);
            TimelineEntry b = replayed.timeline().get(i);
            assertEquals(Wire.encode(a).toString(), Wire.encode(b).toString(), "entry " + i);
        }
        assertEquals(Wire.encode(live.score(true)).toString(), Wire.encode(replayed.score(true)).toString());
        assertTrue(live.timeline().stream().filter(e -> e instanceof TimelineEntry.KpiSample).count() >= 299,
                "a sample a minute");
        assertTrue(live.timeline().stream().anyMatch(e -> e instanceof TimelineEntry.Action a && !a.accepted()),
                "refusals replay as refusals");
    }
}

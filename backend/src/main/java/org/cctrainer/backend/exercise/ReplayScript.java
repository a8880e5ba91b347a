package org.cctrainer.backend.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cctrainer.backend.console.CommandParser;
import org.cctrainer.backend.console.CommandRefusal;
import org.cctrainer.backend.core.ExerciseCore;
import org.cctrainer.backend.journal.JournalEntry;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.json.Problems;
import org.cctrainer.sim.scenario.IncidentReader;

/**
 * A recorded exercise's inputs — commands, injected incidents, notes — with the virtual time each
 * arrived. Fed back into a fresh core at the same times they give the same day: the simulator
 * is deterministic and a timed input runs after everything else at its time, live or replayed.
 */
public final class ReplayScript {
    /** One input, as recorded. */
    public record Input(double t, String kind, JsonNode body, String text) {
    }

    private final List<Input> inputs;
    private int next;

    public ReplayScript(List<Input> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** The inputs of a journal, in the order they happened. */
    public static ReplayScript of(List<JournalEntry> entries) throws java.io.IOException {
        List<Input> inputs = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.kind().equals("command") || entry.kind().equals("incident") || entry.kind().equals("note")) {
                JsonNode body = Wire.MAPPER.readTree(entry.body());
                inputs.add(new Input(entry.t(), entry.kind(), body, entry.body()));
            }
        }
        return new ReplayScript(inputs);
    }

    public List<Input> inputs() {
        return inputs;
    }

    /** When the next input not yet given is due; NaN when all have been given. */
    public double nextInputAt() {
        return next < inputs.size() ? inputs.get(next).t() : Double.NaN;
    }

    /** A copy that starts again from the first input (for seeking back). */
    public ReplayScript fresh() {
        return new ReplayScript(inputs);
    }

    /** Runs the core to {@code t}, giving each input due on the way at its own time. */
    public void advance(ExerciseCore core, CommandParser parser, double t) {
        while (next < inputs.size() && inputs.get(next).t() <= t) {
            Input input = inputs.get(next++);
            core.advanceTo(input.t());
            give(core, parser, input);
        }
        core.advanceTo(t);
    }

    private static void give(ExerciseCore core, CommandParser parser, Input input) {
        switch (input.kind()) {
            case "command" -> {
                try {
                    core.command(parser.parse(input.body().get("command")));
                } catch (CommandRefusal refused) {
                    // Refused by its form live too: it changed nothing then, and changes nothing now.
                }
            }
            case "incident" -> {
                Problems problems = Problems.withoutLines();
                FieldReader reader = FieldReader.object(input.body().get("incident"), "", problems);
                if (reader != null) {
                    var incident = IncidentReader.read(reader, "replayed");
                    if (problems.isEmpty() && incident != null) {
                        core.inject(incident);
                    }
                }
            }
            case "note" -> core.note(input.body().path("text").asText());
            default -> throw new IllegalStateException("not an input: " + input.kind());
        }
    }
}

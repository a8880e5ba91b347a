package org.cctrainer.backend.core;

import java.util.function.Consumer;
import org.cctrainer.backend.scoring.MarkingScheme;
import org.cctrainer.backend.scoring.MarkingSchemes;
import org.cctrainer.backend.scoring.ScoreReport;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioLibrary;

/**
 * Plays a whole shipped scenario headless with a scripted trainee, as fast as the machine goes:
 * the script looks at the console every virtual 30 seconds, as a busy supervisor would.
 */
public final class Playthrough {
    public static final double LOOK_EVERY_SECONDS = 30;

    public record Result(ScoreReport score, ExerciseCore core, java.util.List<String> refusals) {
        public double component(String id) {
            return score.outcome().components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().score();
        }
    }

    private Playthrough() {
    }

    public static Result play(String scenarioId, Consumer<Trainee> script) throws Exception {
        Scenario scenario = ScenarioLibrary.builtIn(scenarioId);
        MarkingScheme scheme = MarkingSchemes.builtIn(scenario);
        ExerciseCore core = new ExerciseCore(scenario, scenario.defaultSeed(), scheme);
        Trainee trainee = new Trainee(core);
        for (double t = 0; t < scenario.durationSeconds(); t += LOOK_EVERY_SECONDS) {
            core.advanceTo(t);
            script.accept(trainee);
        }
        core.advanceTo(scenario.durationSeconds());
        return new Result(core.score(true), core, trainee.refusals());
    }

    /** Does nothing all day. */
    public static void passive(Trainee trainee) {
    }
}

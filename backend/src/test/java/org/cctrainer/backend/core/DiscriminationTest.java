package org.cctrainer.backend.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.cctrainer.backend.core.scripts.ScenarioScripts;
import org.cctrainer.backend.core.scripts.VolumeSurgeScripts;
import org.cctrainer.backend.scoring.ScoreReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

/**
 * Every shipped scenario's marking scheme tells good supervision from bad: an expert trainee
 * (the right actions at the right times) scores at least 85% of the points, a passive one (does
 * nothing) at most 30%, the expert's day ends with better outcomes, and a trainee who takes
 * costly wrong actions is charged more in penalties than the passive one.
 */
@DisplayName("Marking schemes discriminate")
class DiscriminationTest {

    /** One line per scored scenario. */
    static Stream<ScenarioScripts> scenarios() {
        return Stream.of(
                new org.cctrainer.backend.core.scripts.FastButFailingScripts(),
                new org.cctrainer.backend.core.scripts.StormDayScripts(),
                new org.cctrainer.backend.core.scripts.CrmOutageScripts(),
                new org.cctrainer.backend.core.scripts.VulnerableEscalationsScripts(),
                new org.cctrainer.backend.core.scripts.CardBreachScripts(),
                new VolumeSurgeScripts()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @DisplayName("expert ≥ 85%, passive ≤ 30%, expert outcomes better, costly-wrong penalised beyond passive")
    void discriminates(ScenarioScripts scripts) throws Exception {
        Playthrough.Result expert = Playthrough.play(scripts.scenario(), scripts::expert);
        Playthrough.Result passive = Playthrough.play(scripts.scenario(), Playthrough::passive);
        Playthrough.Result wrong = Playthrough.play(scripts.scenario(), scripts::costlyWrong);
        String story = describe("expert", expert) + describe("passive", passive) + describe("costly-wrong", wrong);
        System.out.println(story);
        assertTrue(expert.refusals().isEmpty(), "the expert's commands are all accepted: " + expert.refusals());
        assertTrue(expert.score().pointsPercent() >= 85, story);
        assertTrue(passive.score().pointsPercent() <= 30, story);
        assertTrue(expert.score().outcome().score() > passive.score().outcome().score(), story);
        assertTrue(wrong.score().penalty() > passive.score().penalty(), story);
    }

    private static String describe(String who, Playthrough.Result result) {
        ScoreReport s = result.score();
        StringBuilder text = new StringBuilder(String.format("%n%s %s: points %d/%d −%d = %.1f%%, outcome %.3f, overall %.1f%%",
                s.scenario(), who, s.awarded(), s.max(), s.penalty(), s.pointsPercent(), s.outcome().score(),
                s.overallPercent()));
        for (ScoreReport.PointResult p : s.points()) {
            text.append(String.format("%n   %-28s %-13s %2d/%2d", p.id(), p.status(), p.awarded(), p.points()));
        }
        for (ScoreReport.PenaltyCharge c : s.penalties()) {
            text.append(String.format("%n   penalty %-20s −%d at %s", c.id(), c.points(), c.clock()));
        }
        for (ScoreReport.Component c : s.outcome().components()) {
            text.append(String.format("%n   outcome %-14s %.2f  %s", c.id(), c.score(), c.figure()));
        }
        result.refusals().forEach(r -> text.append("\n   refused ").append(r));
        return text.toString();
    }
}

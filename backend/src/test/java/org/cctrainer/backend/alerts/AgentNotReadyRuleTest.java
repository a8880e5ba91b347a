package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.agent;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Agent not ready: one not-ready spell longer than 10 minutes (warning) or 20 (critical)")
class AgentNotReadyRuleTest {

    private static Exercise exercise() {
        return Exercise.only(new AgentNotReadyRule(AgentNotReadyRule.Settings.defaults()));
    }

    private static Fixtures.AgentFixture dana() {
        return agent("a1").named("Dana Reyes");
    }

    @Test
    @DisplayName("more than ten minutes not ready raises a warning naming the agent, the time and the reason")
    void raisesWarning() {
        Exercise exercise = exercise().run(900, 15, t -> snapshot(t, dana().notReady(t, "personal")));
        assertEquals(List.of("raised warning at 615"), exercise.timedStory(), "600 s is not yet more than 10 min");
        Alert alert = exercise.last().alert();
        assertEquals("agent-not-ready", alert.rule());
        assertEquals("a1", alert.agent());
        assertNull(alert.queue());
        assertEquals("Dana Reyes not ready", alert.title());
        assertEquals("Not ready for 10 min 15 s (personal) against a 10 min limit", alert.message());
    }

    @Test
    @DisplayName("twenty minutes escalates; going available resolves it at once, without easing first")
    void escalatesThenResolves() {
        Exercise exercise = exercise().run(1800, 15, t -> snapshot(t,
                t < 1500 ? dana().notReady(t, "personal") : dana().in("available", t - 1500)));
        assertEquals(List.of("raised warning at 615", "escalated critical at 1215", "resolved critical at 1500"),
                exercise.timedStory());
        assertEquals("Back from not ready: now available", exercise.last().alert().message());
    }

    @Test
    @DisplayName("logging out resolves it too")
    void logOut() {
        Exercise exercise = exercise().run(1200, 15, t -> snapshot(t,
                t < 900 ? dana().notReady(t, null) : dana().in("logged-out", t - 900)));
        assertEquals(List.of("raised warning at 615", "resolved warning at 900"), exercise.timedStory());
        assertEquals("Back from not ready: now logged out", exercise.last().alert().message());
        assertEquals("Not ready for 10 min 15 s against a 10 min limit", exercise.changes.get(0).alert().message());
    }

    @Test
    @DisplayName("long breaks, lunches and training are planned, not not-ready: no alert")
    void otherStates() {
        for (String state : List.of("break", "lunch", "training", "coaching", "logged-out", "on-contact")) {
            assertEquals(List.of(), exercise().run(7200, 15, t -> snapshot(t, dana().in(state, t))).story(), state);
        }
    }

    @Test
    @DisplayName("at 60× a new short spell seen right after a long one resolves the old alert, and a new one gets a new id")
    void newSpell() {
        Exercise exercise = exercise().run(1500, 15, t -> snapshot(t,
                dana().notReady(t < 705 ? t : t - 705 + 5, "personal")));
        assertEquals(List.of("raised warning at 615", "resolved warning at 705", "raised warning at 1305"),
                exercise.timedStory());
        assertEquals("That not-ready spell ended; a new one has begun", exercise.changes.get(1).alert().message());
        assertNotEquals(exercise.changes.get(0).alert().id(), exercise.last().alert().id());
    }
}

package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.chat;
import static org.cctrainer.backend.alerts.Fixtures.email;
import static org.cctrainer.backend.alerts.Fixtures.queue;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Longest wait: the oldest contact still waiting, against multiples of the queue's threshold")
class LongestWaitRuleTest {

    private static Exercise exercise() {
        return Exercise.only(new LongestWaitRule(LongestWaitRule.Settings.defaults()));
    }

    @Test
    @DisplayName("a caller waiting past three times the 20 s threshold raises a warning at once, in plain words")
    void raisesAtOnce() {
        Exercise exercise = exercise().run(300, 5, t -> snapshot(t, queue("billing").waiting(3, t < 100 ? 40 : 125)));
        assertEquals(List.of("raised critical at 100"), exercise.timedStory());
        Exercise warning = exercise().run(300, 5, t -> snapshot(t, queue("billing").waiting(3, t < 100 ? 40 : 61)));
        assertEquals(List.of("raised warning at 100"), warning.timedStory());
        Alert alert = warning.last().alert();
        assertEquals("Billing long wait", alert.title());
        assertEquals("Longest wait 1 min 01 s against a 20 s target", alert.message());
        assertEquals(60, alert.threshold(), 1e-9);
    }

    @Test
    @DisplayName("past six times escalates; under five times for a minute eases; under the threshold for a minute resolves")
    void lifeCycle() {
        Exercise exercise = exercise().run(900, 5, t -> snapshot(t, queue("billing").waiting(4,
                t < 100 ? 30 : t < 200 ? 70 : t < 400 ? 130 : t < 600 ? 80 : 10)));
        assertEquals(List.of("raised warning at 100", "escalated critical at 200", "eased warning at 460",
                "resolved warning at 660"), exercise.timedStory());
        assertEquals("Longest wait down to 10 s against a 20 s target", exercise.last().alert().message());
    }

    @Test
    @DisplayName("a wait see-sawing around the warning line (callers answered just in time) raises once and stays")
    void noFlapping() {
        Exercise exercise = exercise().run(3600, 5,
                t -> snapshot(t, queue("billing").waiting(5, (long) (t / 5) % 2 == 0 ? 55 : 65)));
        assertEquals(List.of("raised warning at 5"), exercise.timedStory());
    }

    @Test
    @DisplayName("a wait that dips under the threshold for less than a minute does not resolve")
    void briefLullDoesNotResolve() {
        Exercise exercise = exercise().run(1200, 5, t -> snapshot(t, queue("billing").waiting(5,
                t < 300 ? 70 : t < 340 ? 5 : 70)));
        assertEquals(List.of("raised warning at 0"), exercise.timedStory());
    }

    @Test
    @DisplayName("chat uses the same multiples as voice")
    void chatLikeVoice() {
        Exercise exercise = exercise().run(60, 15, t -> snapshot(t, chat("webchat").target(0.8, 60).waiting(2, 200)));
        assertEquals(List.of("raised warning at 0"), exercise.timedStory());
        assertEquals("Longest wait 3 min 20 s against a 1 min target", exercise.last().alert().message());
    }

    @Test
    @DisplayName("email, answered against a 4 h deadline, warns at 3 h and is critical past the deadline")
    void emailFractions() {
        Exercise exercise = exercise().run(7200, 15, t -> snapshot(t, email("mail").waiting(80,
                t < 1800 ? 2 * 3600 : t < 3600 ? 3 * 3600 + 600 : t < 5400 ? 4 * 3600 + 300 : 3000)));
        assertEquals(List.of("raised warning at 1800", "escalated critical at 3600", "resolved critical at 5460"),
                exercise.timedStory());
        assertEquals("Oldest email waiting 3 h 10 min against a 4 h target", exercise.changes.get(0).alert().message());
    }

    @Test
    @DisplayName("an empty queue is clear")
    void emptyQueue() {
        assertEquals(List.of(), exercise().run(3600, 15, t -> snapshot(t, queue("billing").waiting(0, 0))).story());
    }
}

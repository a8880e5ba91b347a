package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.chat;
import static org.cctrainer.backend.alerts.Fixtures.email;
import static org.cctrainer.backend.alerts.Fixtures.queue;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Queue depth: contacts waiting, at or above 10 (voice, chat) or 50 (email)")
class QueueDepthRuleTest {

    private static Exercise exercise() {
        return Exercise.only(new QueueDepthRule(QueueDepthRule.Settings.defaults()));
    }

    @Test
    @DisplayName("ten calls waiting for thirty seconds raise a warning; nine never do")
    void raisesAtTen() {
        Exercise ten = exercise().run(300, 5, t -> snapshot(t, queue("billing").waiting(10, 30)));
        assertEquals(List.of("raised warning at 30"), ten.timedStory());
        assertEquals("Billing queue building", ten.last().alert().title());
        assertEquals("10 calls waiting against a limit of 10", ten.last().alert().message());
        assertEquals(List.of(), exercise().run(3600, 5, t -> snapshot(t, queue("billing").waiting(9, 30))).story());
    }

    @Test
    @DisplayName("twenty escalates, fifteen or fewer eases, five or fewer resolves")
    void lifeCycle() {
        Exercise exercise = exercise().run(1200, 5, t -> snapshot(t, queue("billing").waiting(
                t < 200 ? 12 : t < 400 ? 20 : t < 600 ? 15 : t < 800 ? 8 : 5, 30)));
        assertEquals(List.of("raised warning at 30", "escalated critical at 230", "eased warning at 460",
                "resolved warning at 860"), exercise.timedStory());
        assertEquals("20 calls waiting against a critical limit of 20", exercise.changes.get(1).alert().message());
        assertEquals("Queue down to 5 calls waiting", exercise.last().alert().message());
    }

    @Test
    @DisplayName("a queue bouncing between 6 and 12 keeps its one alert; one bouncing between 9 and 11 never raises")
    void noFlapping() {
        Exercise open = exercise().run(3600, 5,
                t -> snapshot(t, queue("billing").waiting(t < 60 || (long) (t / 20) % 2 == 0 ? 12 : 6, 30)));
        assertEquals(List.of("raised warning"), open.story());
        Exercise bouncing = exercise().run(3600, 5,
                t -> snapshot(t, queue("billing").waiting((long) (t / 20) % 2 == 0 ? 11 : 9, 30)));
        assertEquals(List.of(), bouncing.story(), "eleven never lasts the thirty seconds the debounce needs");
    }

    @Test
    @DisplayName("an email backlog only warns at fifty, and speaks of emails")
    void emailDepth() {
        assertEquals(List.of(), exercise().run(1800, 15, t -> snapshot(t, email("mail").waiting(49, 600))).story());
        Exercise fifty = exercise().run(1800, 15, t -> snapshot(t, email("mail").waiting(50, 600)));
        assertEquals("50 emails waiting against a limit of 50", fifty.last().alert().message());
    }

    @Test
    @DisplayName("a chat queue speaks of chats")
    void chatWording() {
        Exercise exercise = exercise().run(60, 15, t -> snapshot(t, chat("webchat").waiting(12, 30)));
        assertEquals("12 chats waiting against a limit of 10", exercise.last().alert().message());
    }
}

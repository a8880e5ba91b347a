package org.cctrainer.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The event calendar")
class EventSchedulerTest {
    private final EventScheduler scheduler = new EventScheduler();
    private final List<String> fired = new ArrayList<>();

    private Event named(String name) {
        return new Event() {
            @Override
            protected void fire() {
                fired.add(name + "@" + scheduler.now());
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @Test
    @DisplayName("runs events in time order, ties by priority, then in the order they were scheduled")
    void ordersByTimePriorityAndSequence() {
        scheduler.schedule(named("late-intervention"), 5, Event.PRIORITY_LATE);
        scheduler.schedule(named("b"), 5);
        scheduler.schedule(named("first"), 1);
        scheduler.schedule(named("c"), 5);
        scheduler.runUntil(10);
        assertEquals(List.of("first@1.0", "b@5.0", "c@5.0", "late-intervention@5.0"), fired);
    }

    @Test
    @DisplayName("runUntil runs everything due, including events exactly at the limit, then reads that time")
    void runUntilIncludesTheLimitAndMovesTheClock() {
        scheduler.schedule(named("at-limit"), 10);
        scheduler.schedule(named("after"), 10.5);
        scheduler.runUntil(10);
        assertEquals(List.of("at-limit@10.0"), fired);
        assertEquals(10, scheduler.now());
        assertEquals(10.5, scheduler.peekNextTime());
        assertEquals(1, scheduler.eventsProcessed());
    }

    @Test
    @DisplayName("refuses to schedule in the past, at NaN, or an event that is already booked")
    void failsFast() {
        scheduler.runUntil(5);
        Event event = named("x");
        assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(event, 4));
        assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(event, Double.NaN));
        scheduler.schedule(event, 6);
        assertThrows(IllegalStateException.class, () -> scheduler.schedule(event, 7));
        assertThrows(IllegalArgumentException.class, () -> scheduler.runUntil(4));
    }

    @Test
    @DisplayName("a cancelled event never fires and can be booked again")
    void cancelledEventsDoNotFire() {
        Event event = named("cancelled");
        scheduler.schedule(event, 3);
        scheduler.cancel(event);
        assertFalse(event.isScheduled());
        assertEquals(0, scheduler.pendingEvents());
        scheduler.schedule(event, 4);
        scheduler.reschedule(event, 8);
        scheduler.runUntil(10);
        assertEquals(List.of("cancelled@8.0"), fired);
        assertEquals(1, scheduler.eventsProcessed());
    }

    @Test
    @DisplayName("an event can reschedule itself while it fires, and the heap stays ordered under churn")
    void heapStaysOrderedUnderChurn() {
        List<Double> times = new ArrayList<>();
        Event[] events = new Event[200];
        for (int i = 0; i < events.length; i++) {
            int index = i;
            events[i] = new Event() {
                int runs;

                @Override
                protected void fire() {
                    times.add(scheduler.now());
                    if (++runs < 20) {
                        scheduler.schedule(this, scheduler.now() + ((index * 7919L + runs * 104729L) % 97) / 10.0);
                    }
                }
            };
            scheduler.schedule(events[i], (i * 31 % 50) / 7.0);
        }
        for (int i = 0; i < events.length; i += 3) {
            scheduler.cancel(events[i]);
        }
        while (scheduler.step()) {
            // drain
        }
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) >= times.get(i - 1), "time went backwards at " + i);
        }
        assertEquals(133 * 20, times.size());
        assertEquals(Double.POSITIVE_INFINITY, scheduler.peekNextTime());
    }
}

package org.cctrainer.backend.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pacing virtual time")
class PacerTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    @DisplayName("virtual time runs at the speed factor, stands still while paused, and stops at the day's end")
    void pacing() {
        Pacer pacer = new Pacer(10, 100, 0);
        assertEquals(20, pacer.advance(2 * SECOND), 1e-9);
        pacer.pause(3 * SECOND);
        assertEquals(30, pacer.virtualTime(), 1e-9, "time up to the pause counts");
        assertEquals(30, pacer.advance(10 * SECOND), 1e-9);
        pacer.resume(10 * SECOND);
        pacer.setSpeed(60, 11 * SECOND);
        assertEquals(40, pacer.virtualTime(), 1e-9, "the old speed applies until the change");
        assertEquals(100, pacer.advance(20 * SECOND), 1e-9);
        assertTrue(pacer.finished());
    }

    @Test
    @DisplayName("speeds outside 0.5–60 are refused")
    void speedRange() {
        assertThrows(IllegalArgumentException.class, () -> new Pacer(0.4, 100, 0));
        Pacer pacer = new Pacer(1, 100, 0);
        assertThrows(IllegalArgumentException.class, () -> pacer.setSpeed(61, SECOND));
        assertEquals(1, pacer.speed());
    }
}

package org.cctrainer.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cctrainer.sim.model.ServiceLevelDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rolling tallies and service-level formulas")
class RollingCountersTest {

    @Test
    @DisplayName("outcomes roll off the window as the minutes pass")
    void rollsOff() {
        RollingCounters rolling = new RollingCounters(30);
        rolling.at(10).answered++;
        rolling.at(65).answered++;
        rolling.at(14 * 60 + 5).answered++;
        assertEquals(3, rolling.window(14 * 60 + 30, 15).answered);
        assertEquals(2, rolling.window(15 * 60 + 1, 15).answered, "minute 0 has left the 15-minute window");
        assertEquals(3, rolling.window(15 * 60 + 1, 30).answered);
        assertEquals(0, rolling.window(3 * 3600, 30).answered, "hours later nothing is left");
    }

    @Test
    @DisplayName("agent time is spread over the minutes it covers, so occupancy over a window is exact")
    void agentTimeSpansMinutes() {
        RollingCounters rolling = new RollingCounters(30);
        rolling.addAgentTime(30, 150, true);   // busy 30 s in minute 0, 60 in minute 1, 30 in minute 2
        rolling.addAgentTime(150, 180, false); // idle 30 s in minute 2
        Counters lastTwoMinutes = rolling.window(180, 2); // minute 3 (just begun) and minute 2
        assertEquals(60, lastTwoMinutes.staffedSeconds, 1e-9);
        assertEquals(30, lastTwoMinutes.busySeconds, 1e-9);
        Counters all = rolling.window(180, 30);
        assertEquals(150, all.staffedSeconds, 1e-9);
        assertEquals(120, all.busySeconds, 1e-9);
    }

    @Test
    @DisplayName("each service-level definition divides by what it says; no contacts means no number")
    void serviceLevelDefinitions() {
        // 80 answered (70 within T), 20 abandoned of which 5 short.
        assertEquals(0.70, ServiceLevelDefinition.ANSWERED_AND_ABANDONED.compute(70, 80, 20, 5), 1e-12);
        assertEquals(0.875, ServiceLevelDefinition.ANSWERED.compute(70, 80, 20, 5), 1e-12);
        assertEquals(70.0 / 95, ServiceLevelDefinition.EXCLUDE_SHORT_ABANDONS.compute(70, 80, 20, 5), 1e-12);
        assertTrue(Double.isNaN(ServiceLevelDefinition.ANSWERED.compute(0, 0, 3, 0)));
        for (ServiceLevelDefinition definition : ServiceLevelDefinition.values()) {
            assertEquals(definition, ServiceLevelDefinition.fromWireName(definition.wireName()));
            assertTrue(definition.formula().contains("÷"));
        }
    }
}

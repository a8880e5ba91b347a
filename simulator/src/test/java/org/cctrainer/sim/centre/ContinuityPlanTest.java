package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.kpi.QueueKpis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Continuity plans: what a fallback and an announcement do to an outage")
class ContinuityPlanTest {
    private static final double NINE = DecisionDay.NINE;
    /** The CRM is down for two hours from 09:00: billing takes twice as long. */
    private static final Incident.Outage SLOW_CRM = new Incident.Outage("crm-down", "CRM down", "CRM",
            List.of("billing"), false, 2.0, 120, 60);
    private static final Incident.Outage PHONES_DOWN = new Incident.Outage("phones-down", "Telephony down",
            "telephony", List.of("billing"), true, 1.0, 120, 60);

    private static Simulation outageAtNine(long seed, Incident.Outage outage) throws Exception {
        Simulation simulation = DecisionDay.freePractice(seed);
        simulation.runUntil(NINE);
        assertTrue(simulation.inject(outage).accepted());
        return simulation;
    }

    private static Command.InvokeContinuityPlan plan(String outage, String fallback, String announcement) {
        return new Command.InvokeContinuityPlan(outage, fallback, announcement, "", 90);
    }

    private static QueueKpis.QueueSettings billing(Simulation simulation) {
        return simulation.snapshot().queue("billing").settings();
    }

    @Test
    @DisplayName("a fallback halves the extra handle time, measurably, for as long as the outage lasts")
    void fallbackEasesHandleTime() throws Exception {
        Simulation withPlan = outageAtNine(3, SLOW_CRM);
        assertEquals(2.0, billing(withPlan).handleTimeMultiplier());
        assertTrue(withPlan.apply(plan("crm-down", "Take details on paper; key them in later", "")).accepted());
        assertEquals(1.5, billing(withPlan).handleTimeMultiplier(), 1e-12);
        assertEquals(1.0, billing(withPlan).volumeMultiplier(), "a fallback alone does not change demand");

        double eased = meanBillingTalk(withPlan);
        double unplanned = meanBillingTalk(outageAtNine(3, SLOW_CRM));
        // Same customers (same seed, same arrivals), 1.5 instead of 2.0: about three quarters of the talk time.
        assertTrue(eased / unplanned > 0.65 && eased / unplanned < 0.85, "talk " + unplanned + " → " + eased);

        withPlan.runUntil(NINE + 2 * 3600 + 1);
        assertEquals(1.0, billing(withPlan).handleTimeMultiplier(), "over with the outage");
    }

    /** Mean talk time of billing contacts answered between 09:15 and 10:45, under the outage. */
    private static double meanBillingTalk(Simulation simulation) {
        double[] sum = {0, 0};
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactCompleted c && c.queue().equals("billing")
                    && c.t() - c.talkSeconds() > NINE + 900) {
                sum[0] += c.talkSeconds();
                sum[1]++;
            }
        });
        simulation.runUntil(NINE + 6300);
        return sum[0] / sum[1];
    }

    @Test
    @DisplayName("an IVR announcement turns away 15% of the outage's callers, and only its queues'")
    void announcementReducesArrivals() throws Exception {
        long plain = 0;
        long announced = 0;
        long supportPlain = 0;
        long supportAnnounced = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Simulation without = outageAtNine(seed, SLOW_CRM);
            Simulation with = outageAtNine(seed, SLOW_CRM);
            assertTrue(with.apply(plan("crm-down", "", "Our systems are slow; if it can wait, call tomorrow")).accepted());
            assertEquals(0.85, billing(with).volumeMultiplier(), 1e-12);
            assertEquals(2.0, billing(with).handleTimeMultiplier(), "an announcement alone does not speed agents up");
            long[] a = newArrivals(without);
            long[] b = newArrivals(with);
            plain += a[0];
            supportPlain += a[1];
            announced += b[0];
            supportAnnounced += b[1];
        }
        double ratio = (double) announced / plain;
        assertTrue(ratio > 0.80 && ratio < 0.90, "billing arrivals " + plain + " → " + announced);
        assertEquals(supportPlain, supportAnnounced, "support's customers arrive exactly as before");
    }

    /** New contacts arriving on billing and on support while the outage lasts. */
    private static long[] newArrivals(Simulation simulation) {
        long[] counts = {0, 0};
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactArrived a && a.origin() == SimEvent.Origin.NEW) {
                counts[0] += a.queue().equals("billing") ? 1 : 0;
                counts[1] += a.queue().equals("support") ? 1 : 0;
            }
        });
        simulation.runUntil(NINE + 2 * 3600);
        return counts;
    }

    @Test
    @DisplayName("a fallback reopens queues an outage closed, in degraded mode (handle time ×1.3)")
    void fallbackReopensClosedQueues() throws Exception {
        Simulation simulation = outageAtNine(4, PHONES_DOWN);
        simulation.runUntil(NINE + 600);
        assertTrue(billing(simulation).closed());
        long blocked = simulation.snapshot().queue("billing").sinceStart().blocked();
        assertTrue(blocked > 0);
        List<SimEvent.ContinuityPlanInvoked> invoked = new java.util.ArrayList<>();
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContinuityPlanInvoked p) {
                invoked.add(p);
            }
        });
        assertTrue(simulation.apply(new Command.InvokeContinuityPlan("phones-down", "Divert to the backup line", "",
                "Board told: back by 11:00", 120)).accepted());
        assertEquals(List.of(new SimEvent.ContinuityPlanInvoked(NINE + 600, "phones-down", true, false, true, 120)),
                invoked);
        assertFalse(billing(simulation).closed());
        assertEquals(1.3, billing(simulation).handleTimeMultiplier(), 1e-12);
        simulation.runUntil(NINE + 3600);
        assertEquals(blocked, simulation.snapshot().queue("billing").sinceStart().blocked(), "nobody blocked since");
    }

    @Test
    @DisplayName("a stakeholder notice alone is a plan, but changes nothing on the floor")
    void noticeOnly() throws Exception {
        Simulation simulation = outageAtNine(5, SLOW_CRM);
        assertTrue(simulation.apply(new Command.InvokeContinuityPlan("crm-down", "", "", "Ops director informed", 60))
                .accepted());
        assertEquals(2.0, billing(simulation).handleTimeMultiplier());
        assertEquals(1.0, billing(simulation).volumeMultiplier());
    }
}

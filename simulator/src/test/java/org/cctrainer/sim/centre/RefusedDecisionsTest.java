package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.SkillAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A refused decision on a case, compliance event, outage or coaching session changes nothing")
class RefusedDecisionsTest {
    private static final double TEN = DecisionDay.TEN;

    /** What was done before (accepted), the command refused, and a word its reason must contain. */
    private static Arguments refusal(String name, List<Command> before, Command refused, String reasonMentions) {
        return Arguments.of(name, before, refused, reasonMentions);
    }

    private static Arguments refusal(String name, Command refused, String reasonMentions) {
        return refusal(name, List.of(), refused, reasonMentions);
    }

    static Stream<Arguments> refusals() {
        Command escalateParcel = new Command.EscalateCase("case-parcel", 1, "Frontline team", 60);
        return Stream.of(
                // classifying a case
                refusal("classify an unknown case", new Command.ClassifyCase("case-nobody", "standard"), "unknown case"),
                refusal("classify a compliance event", new Command.ClassifyCase("pci-1", "standard"), "not an escalation case"),
                refusal("classify as urgent", new Command.ClassifyCase("case-bereaved", "urgent"), "standard or complex"),
                refusal("classify with no classification", new Command.ClassifyCase("case-bereaved", null), "standard or complex"),
                refusal("classify the same way twice", List.of(new Command.ClassifyCase("case-bereaved", "complex")),
                        new Command.ClassifyCase("case-bereaved", "complex"), "already classified"),
                refusal("classify an escalated case", List.of(escalateParcel),
                        new Command.ClassifyCase("case-parcel", "standard"), "already been escalated"),
                // escalating a case
                refusal("escalate an unknown case", new Command.EscalateCase("case-nobody", 1, "Ann", 60), "unknown case"),
                refusal("escalate a compliance event", new Command.EscalateCase("gdpr-1", 3, "DPO", 60), "not an escalation case"),
                refusal("escalate to tier 0", new Command.EscalateCase("case-bereaved", 0, "Ann", 60), "tier"),
                refusal("escalate to tier 4", new Command.EscalateCase("case-bereaved", 4, "Ann", 60), "tier"),
                refusal("escalate with no owner", new Command.EscalateCase("case-bereaved", 3, " ", 60), "owner"),
                refusal("escalate to an owner of 81 characters",
                        new Command.EscalateCase("case-bereaved", 3, "x".repeat(81), 60), "80 characters"),
                refusal("resolve within 4 minutes", new Command.EscalateCase("case-bereaved", 3, "Ann", 4), "5–10080"),
                refusal("resolve within 10081 minutes", new Command.EscalateCase("case-bereaved", 3, "Ann", 10081), "5–10080"),
                refusal("resolve within NaN minutes", new Command.EscalateCase("case-bereaved", 3, "Ann", Double.NaN), "5–10080"),
                refusal("escalate a case twice", List.of(escalateParcel), escalateParcel, "already been escalated"),
                // responding to a compliance event
                refusal("act on an unknown event", new Command.ComplianceAction("pci-9", "report-dpo"), "unknown compliance event"),
                refusal("act on a case", new Command.ComplianceAction("case-bereaved", "report-dpo"), "not a compliance event"),
                refusal("an action that does not exist", new Command.ComplianceAction("pci-1", "delete-recording"), "unknown action"),
                refusal("no action at all", new Command.ComplianceAction("pci-1", null), "unknown action"),
                refusal("the same action twice", List.of(new Command.ComplianceAction("pci-1", "report-dpo")),
                        new Command.ComplianceAction("pci-1", "report-dpo"), "already been done"),
                refusal("remove the agent of an event that names none",
                        new Command.ComplianceAction("gdpr-1", "remove-agent"), "names no agent"),
                refusal("act on a closed event", List.of(new Command.ComplianceAction("gdpr-1", "report-dpo"),
                        new Command.ComplianceAction("gdpr-1", "contact-customer")),
                        new Command.ComplianceAction("gdpr-1", "pause-recording"), "closed"),
                refusal("move an agent removed for a compliance review",
                        List.of(new Command.ComplianceAction("pci-1", "remove-agent")),
                        new Command.MoveAgent("bil-03", List.of(SkillAssignment.primary("billing"))), "compliance review"),
                // continuity plans
                refusal("a plan for an unknown outage", plan("power-cut", "paper forms", "", ""), "no outage"),
                refusal("a plan for a volume incident", plan("surge", "paper forms", "", ""), "no outage"),
                refusal("a plan for an outage that is over", plan("phones-down", "paper forms", "", ""), "no outage"),
                refusal("a plan with nothing in it", plan("crm-down", "", " ", null), "at least one"),
                refusal("a plan with a 4-minute RTO",
                        new Command.InvokeContinuityPlan("crm-down", "paper forms", "", "", 4), "5–1440"),
                refusal("a plan with a 1441-minute RTO",
                        new Command.InvokeContinuityPlan("crm-down", "paper forms", "", "", 1441), "5–1440"),
                refusal("a plan with a 501-character fallback", plan("crm-down", "x".repeat(501), "", ""), "500 characters"),
                refusal("a plan invoked twice", List.of(plan("crm-down", "paper forms", "", "")),
                        plan("crm-down", "", "We know the CRM is down", ""), "already been invoked"),
                // coaching
                refusal("coach an unknown agent", new Command.ScheduleCoaching("nobody", TEN + 600, 30), "unknown agent"),
                refusal("coach an agent sent home", List.of(new Command.SendHome(List.of("bil-05"))),
                        new Command.ScheduleCoaching("bil-05", TEN + 600, 30), "gone home"),
                refusal("coach for 9 minutes", new Command.ScheduleCoaching("lena-fischer", TEN + 600, 9), "10–120"),
                refusal("coach for 121 minutes", new Command.ScheduleCoaching("lena-fischer", TEN + 600, 121), "10–120"),
                refusal("coach in the past", new Command.ScheduleCoaching("lena-fischer", TEN - 60, 30), "now or later"),
                refusal("coach at no time", new Command.ScheduleCoaching("lena-fischer", Double.NaN, 30), "when"),
                refusal("coach past the end of the shift",
                        new Command.ScheduleCoaching("omar-haddad", 8 * 3600 - 600, 30), "shift"),
                refusal("coach over lunch", new Command.ScheduleCoaching("omar-haddad", 4 * 3600 + 30 * 60, 30), "lunch"),
                refusal("coach over another booked session",
                        List.of(new Command.ScheduleCoaching("lena-fischer", 3 * 3600, 30)),
                        new Command.ScheduleCoaching("lena-fischer", 3 * 3600 + 900, 30), "coaching"));
    }

    private static Command plan(String outage, String fallback, String announcement, String notice) {
        return new Command.InvokeContinuityPlan(outage, fallback, announcement, notice, 60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("refused with a reason; the centre is as it was, and the rest of the day is the same")
    void refusedChangesNothing(String name, List<Command> before, Command refused, String reasonMentions)
            throws Exception {
        Simulation untouched = DecisionDay.atTen(5);
        Simulation refusing = DecisionDay.atTen(5);
        for (Command command : before) {
            assertTrue(untouched.apply(command).accepted(), "set-up: " + command);
            assertTrue(refusing.apply(command).accepted(), "set-up: " + command);
        }
        KpiSnapshot snapshot = refusing.snapshot();
        CommandResult result = refusing.apply(refused);
        assertFalse(result.accepted(), "should have been refused: " + refused);
        assertTrue(result.message().contains(reasonMentions), "the reason names what was wrong: " + result.message());
        assertEquals(snapshot, refusing.snapshot(), "the centre is exactly as it was");
        EventHash expected = EventHash.attach(untouched);
        EventHash actual = EventHash.attach(refusing);
        // Long enough for every deadline, comeback and resolution the refusal could have disturbed.
        untouched.runUntil(TEN + 4 * 3600);
        refusing.runUntil(TEN + 4 * 3600);
        assertEquals(expected.value(), actual.value(), "and the rest of the day is the same");
    }
}

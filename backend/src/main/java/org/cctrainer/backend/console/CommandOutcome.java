package org.cctrainer.backend.console;

import java.util.List;
import java.util.Map;
import org.cctrainer.backend.alerts.AlertChange;
import org.cctrainer.backend.scoring.TimelineEntry;

/**
 * What became of a trainee command: accepted with a one-line account and an optional result
 * (the staffing figures, the evidence asked for, a review's before and after), or refused with
 * a code and the reason. {@code entry} is what goes on the timeline (null for a command that
 * never got that far); {@code alertChanges} are alert changes it caused (an acknowledgement).
 */
public record CommandOutcome(boolean accepted, String code, String message, Map<String, Object> result,
                             List<AlertChange> alertChanges, TimelineEntry.Action entry) {

    public static CommandOutcome refused(String code, String message) {
        return new CommandOutcome(false, code, message, null, List.of(), null);
    }
}

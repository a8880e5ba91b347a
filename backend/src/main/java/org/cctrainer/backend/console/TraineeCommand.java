package org.cctrainer.backend.console;

import java.util.Map;
import org.cctrainer.sim.command.Command;

/**
 * A trainee's command, read and checked for form: the client's id, the action, its parameters
 * as plain values (what the journal keeps and marking schemes match), the trainee's rationale,
 * and, for commands that change the centre, the simulator command to apply.
 */
public record TraineeCommand(String id, String action, Map<String, Object> params, String rationale,
                             Command centreCommand) {
}

package org.cctrainer.backend.alerts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an alert is in its life: raised by the engine, acknowledged by the trainee, resolved
 * by the engine when the condition has gone. On the wire: "raised", "acknowledged", "resolved".
 */
public enum AlertState {
    RAISED, ACKNOWLEDGED, RESOLVED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

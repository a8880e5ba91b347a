package org.cctrainer.backend.alerts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How urgent an alert is. On the wire: "warning", "critical". */
public enum Severity {
    WARNING, CRITICAL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

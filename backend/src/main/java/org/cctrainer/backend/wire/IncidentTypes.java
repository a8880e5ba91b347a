package org.cctrainer.backend.wire;

import org.cctrainer.sim.incident.Incident;

/** An incident's type as the wire and marking schemes name it (the YAML {@code type} of scenario files). */
public final class IncidentTypes {
    private IncidentTypes() {
    }

    public static String wireName(Incident incident) {
        if (incident instanceof Incident.VolumeChange) {
            return "volume";
        } else if (incident instanceof Incident.HandleTimeChange) {
            return "handle-time";
        } else if (incident instanceof Incident.Outage) {
            return "outage";
        } else if (incident instanceof Incident.Sickness) {
            return "sickness";
        } else if (incident instanceof Incident.EscalationCase) {
            return "escalation";
        }
        return "compliance";
    }
}

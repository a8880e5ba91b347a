package org.cctrainer.sim.incident;

import java.util.ArrayList;
import java.util.List;

/**
 * The responses to a compliance event, and which of them each kind of event requires before it
 * can be closed. {@code stop-all-recording} is a real choice a panicking supervisor makes, and a
 * policy breach in itself (recording is how a centre proves what was said): it can be taken but
 * never required.
 */
public final class ComplianceActions {
    public static final String PAUSE_RECORDING = "pause-recording";
    public static final String REDACT_RECORDING = "redact-recording";
    public static final String REPORT_DPO = "report-dpo";
    public static final String REMOVE_AGENT = "remove-agent";
    public static final String CONTACT_CUSTOMER = "contact-customer";
    public static final String STOP_ALL_RECORDING = "stop-all-recording";

    /** The actions a scenario may require. */
    public static final List<String> REQUIRABLE = List.of(PAUSE_RECORDING, REDACT_RECORDING, REPORT_DPO, REMOVE_AGENT,
            CONTACT_CUSTOMER);
    /** Every action a trainee may take. */
    public static final List<String> ALL = List.of(PAUSE_RECORDING, REDACT_RECORDING, REPORT_DPO, REMOVE_AGENT,
            CONTACT_CUSTOMER, STOP_ALL_RECORDING);

    /** Card details captured on a recording (PCI DSS). */
    public static final String CARD_DETAILS_RECORDED = "card-details-recorded";
    /** Personal data disclosed to the wrong person (UK GDPR). */
    public static final String PERSONAL_DATA_DISCLOSED = "personal-data-disclosed";
    /** A call recorded without the caller being told. */
    public static final String RECORDING_CONSENT_MISSING = "recording-consent-missing";

    private ComplianceActions() {
    }

    /**
     * What a kind of event requires when the scenario does not say. {@code remove-agent} is left
     * out when the event names no agent: there is nobody to remove, and the event must still be
     * closable.
     */
    public static List<String> defaultsFor(String kind, String agent) {
        List<String> required = new ArrayList<>(switch (kind == null ? "" : kind) {
            case CARD_DETAILS_RECORDED -> List.of(REDACT_RECORDING, REPORT_DPO, REMOVE_AGENT);
            case PERSONAL_DATA_DISCLOSED -> List.of(REPORT_DPO, CONTACT_CUSTOMER);
            case RECORDING_CONSENT_MISSING -> List.of(PAUSE_RECORDING, REPORT_DPO);
            default -> List.of(REPORT_DPO);
        });
        if (agent == null || agent.isBlank()) {
            required.remove(REMOVE_AGENT);
        }
        return List.copyOf(required);
    }

    /** Why a list of required actions cannot be used, or null when it can. */
    public static String problemWith(List<String> required, String agent) {
        if (required.isEmpty()) {
            return "must name at least one action (leave it out for the defaults of the kind)";
        }
        for (int i = 0; i < required.size(); i++) {
            String action = required.get(i);
            if (!REQUIRABLE.contains(action)) {
                return "'" + action + "' is not an action that can be required; use " + String.join(", ", REQUIRABLE);
            }
            if (required.indexOf(action) != i) {
                return "'" + action + "' is listed twice";
            }
        }
        if (required.contains(REMOVE_AGENT) && (agent == null || agent.isBlank())) {
            return "remove-agent needs the event's agent";
        }
        return null;
    }
}

package org.cctrainer.sim.model;

/**
 * What the IVR does in front of a queue. A recorded message (e.g. "we know about the outage")
 * lets a share of callers hang up without needing an agent; digital deflection offers callers a
 * move to a digital queue and a share accept.
 */
public record IvrPolicy(boolean messageOn, String message, double messageResolveShare,
                        boolean deflectionOn, String deflectTo, double deflectShare) {
    public static final IvrPolicy NONE = new IvrPolicy(false, "", 0.1, false, null, 0.15);

    public IvrPolicy {
        if (!(messageResolveShare >= 0 && messageResolveShare <= 1)) {
            throw new IllegalArgumentException("IVR message resolve share must be in [0, 1], got " + messageResolveShare);
        }
        if (!(deflectShare >= 0 && deflectShare <= 1)) {
            throw new IllegalArgumentException("deflection share must be in [0, 1], got " + deflectShare);
        }
        message = message == null ? "" : message;
    }

    public IvrPolicy withMessage(boolean on, String text) {
        return new IvrPolicy(on, on && text != null && !text.isBlank() ? text : message, messageResolveShare,
                deflectionOn, deflectTo, deflectShare);
    }

    public IvrPolicy withDeflection(boolean on) {
        return new IvrPolicy(messageOn, message, messageResolveShare, on, deflectTo, deflectShare);
    }
}

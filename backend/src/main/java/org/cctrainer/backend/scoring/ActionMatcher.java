package org.cctrainer.backend.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.scoring.MarkingScheme.ActionMatch;
import org.cctrainer.backend.scoring.TimelineEntry.Action;

/** Decides whether a trainee action fits an {@link ActionMatch}, with the trigger's names bound. */
final class ActionMatcher {
    private final List<TimelineEntry> timeline;

    ActionMatcher(List<TimelineEntry> timeline) {
        this.timeline = timeline;
    }

    boolean matches(Action action, ActionMatch match, Map<String, String> bindings) {
        if (!action.accepted() || !match.actions().contains(action.action())) {
            return false;
        }
        for (Map.Entry<String, Object> wanted : match.params().entrySet()) {
            if (!fits(param(action, wanted.getKey()), wanted.getValue(), bindings)) {
                return false;
            }
        }
        for (Map.Entry<String, Object> wanted : match.facts().entrySet()) {
            if (!fits(action.facts().get(wanted.getKey()), wanted.getValue(), bindings)) {
                return false;
            }
        }
        if (match.precededBy() != null) {
            Map<String, String> withAction = new java.util.HashMap<>(bindings);
            Object agent = action.params().get("agent");
            if (agent != null) {
                withAction.putIfAbsent("agent", agent.toString());
            }
            return precededBy(action, match.precededBy(), match.precededWithinSeconds(), withAction);
        }
        return true;
    }

    /**
     * A parameter as a scheme names it. {@code queue} means every queue the action names: its
     * {@code queue}, the {@code queues} of a skill set, so "anything done for billing" is one match.
     */
    private static Object param(Action action, String name) {
        if (!name.equals("queue")) {
            return action.params().get(name);
        }
        List<Object> queues = new java.util.ArrayList<>();
        Object single = action.params().get("queue");
        if (single != null) {
            queues.add(single);
        }
        if (action.params().get("queues") instanceof Collection<?> many) {
            queues.addAll(many);
        }
        return queues;
    }

    /** Was there an earlier accepted action fitting {@code match} within {@code seconds} before {@code action}? */
    boolean precededBy(Action action, ActionMatch match, double seconds, Map<String, String> bindings) {
        for (TimelineEntry entry : timeline) {
            if (entry == action) {
                return false;
            }
            if (entry instanceof Action earlier && earlier.t() >= action.t() - seconds && matches(earlier, match, bindings)) {
                return true;
            }
        }
        return false;
    }

    /** An expected value fits when equal (as text), when any of a list fits, or when a list holds it. */
    private static boolean fits(Object actual, Object expected, Map<String, String> bindings) {
        if (expected instanceof Collection<?> anyOf) {
            return anyOf.stream().anyMatch(option -> fits(actual, option, bindings));
        }
        String want = String.valueOf(expected);
        if (want.startsWith("$")) {
            want = bindings.get(want.substring(1));
            if (want == null) {
                return false;
            }
        }
        if (actual instanceof Collection<?> values) {
            for (Object value : values) {
                if (want.equals(String.valueOf(value))) {
                    return true;
                }
            }
            return false;
        }
        return actual != null && want.equals(text(actual));
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }
}

package org.cctrainer.backend.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.model.Durations;

/**
 * What a supervisor can read about an agent beyond the speed figures: the latest flagged
 * recordings (short transcripts from QA) and survey comments. Kept per agent, bounded.
 */
public final class QualityEvidence {
    static final int KEPT = 8;
    private final Map<String, Deque<Map<String, Object>>> recordings = new HashMap<>();
    private final Map<String, Deque<Map<String, Object>>> comments = new HashMap<>();
    private final int startMinute;

    public QualityEvidence(int startMinute) {
        this.startMinute = startMinute;
    }

    public void offer(SimEvent event) {
        if (event instanceof SimEvent.QaEvaluated qa && qa.flagged() && qa.agent() != null) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("clock", Durations.clock(qa.t(), startMinute));
            item.put("queue", qa.queue());
            item.put("score", qa.score());
            item.put("excerpt", qa.excerpt());
            keep(recordings, qa.agent(), item);
        } else if (event instanceof SimEvent.SurveyReceived survey && survey.agent() != null) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("clock", Durations.clock(survey.t(), startMinute));
            item.put("queue", survey.queue());
            item.put("csat", survey.csat());
            item.put("verbatim", survey.verbatim());
            keep(comments, survey.agent(), item);
        }
    }

    List<Map<String, Object>> recordings(String agent) {
        return newestFirst(recordings.get(agent));
    }

    List<Map<String, Object>> comments(String agent) {
        return newestFirst(comments.get(agent));
    }

    private static void keep(Map<String, Deque<Map<String, Object>>> store, String agent, Map<String, Object> item) {
        Deque<Map<String, Object>> items = store.computeIfAbsent(agent, a -> new ArrayDeque<>());
        items.addLast(item);
        if (items.size() > KEPT) {
            items.removeFirst();
        }
    }

    private static List<Map<String, Object>> newestFirst(Deque<Map<String, Object>> items) {
        List<Map<String, Object>> list = new ArrayList<>();
        if (items != null) {
            items.descendingIterator().forEachRemaining(list::add);
        }
        return list;
    }
}

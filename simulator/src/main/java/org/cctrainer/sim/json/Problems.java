package org.cctrainer.sim.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything wrong with an input, collected rather than stopping at the first problem, so a
 * trainer fixing a scenario file sees every mistake at once. Each names the field by its path
 * and, when known, the line.
 */
public final class Problems {
    public record Problem(String path, int line, String message) {
        @Override
        public String toString() {
            String where = path.isEmpty() ? "" : path + ": ";
            return (line > 0 ? "line " + line + ", " : "") + where + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Function<String, Integer> lineOf;

    /** @param lineOf maps a field path ("queues[1].sla.target") to its line, or 0 when unknown */
    public Problems(Function<String, Integer> lineOf) {
        this.lineOf = lineOf;
    }

    public static Problems withoutLines() {
        return new Problems(path -> 0);
    }

    /** Records a problem; a field that is missing has no line, so it takes its nearest parent's. */
    public void add(String path, String message) {
        String at = path;
        int line = lineOf.apply(at);
        while (line == 0 && !at.isEmpty()) {
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
            line = lineOf.apply(at);
        }
        problems.add(new Problem(path, line, message));
    }

    public int count() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    /** One problem per line, as a command-line tool prints them. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(problem);
        }
        return text.toString();
    }
}

package org.cctrainer.sim.scenario;

import java.util.List;
import org.cctrainer.sim.json.Problems;

/** A scenario file that cannot be used, with every problem found (each naming its line and field). */
public final class ScenarioException extends Exception {
    private final String source;
    private final List<Problems.Problem> problems;

    public ScenarioException(String source, List<Problems.Problem> problems) {
        super(source + ": " + problems.size() + " problem(s):\n" + describe(problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String source, String message) {
        this(source, List.of(new Problems.Problem("", 0, message)));
    }

    public String source() {
        return source;
    }

    public List<Problems.Problem> problems() {
        return problems;
    }

    private static String describe(List<Problems.Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problems.Problem problem : problems) {
            text.append("  ").append(problem).append('\n');
        }
        return text.toString().stripTrailing();
    }
}

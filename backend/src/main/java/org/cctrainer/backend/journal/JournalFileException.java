package org.cctrainer.backend.journal;

import java.util.List;
import java.util.stream.Collectors;

/** A journal file was refused; each problem names the line (1-based) and what is wrong with it. */
public final class JournalFileException extends Exception {

    /** One thing wrong, at a line of the file. */
    public record Problem(long line, String what) {
        @Override
        public String toString() {
            return "line " + line + ": " + what;
        }
    }

    private static final int SHOWN_IN_MESSAGE = 5;

    private final transient List<Problem> problems;

    public JournalFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        String shown = problems.stream().limit(SHOWN_IN_MESSAGE).map(Problem::toString).collect(Collectors.joining("; "));
        int more = problems.size() - SHOWN_IN_MESSAGE;
        return "not a valid journal file: " + shown + (more > 0 ? " (and " + more + " more)" : "");
    }
}

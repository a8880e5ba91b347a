package org.cctrainer.backend.ops;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Just enough PromQL to know what an expression queries: every series selector (metric name and
 * label matchers) with the function and aggregation calls around it, and the labels named in
 * {@code by}, {@code without}, {@code on}, {@code ignoring} and {@code group_left/right}.
 * Grafana's variables are accepted where they occur in our dashboards: {@code $x} or
 * {@code ${x}} inside strings and ranges, or on their own. An identifier followed by {@code (}
 * that is not a PromQL function is an error, so a typo never passes for a metric.
 */
final class PromQl {
    private PromQl() {
    }

    static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar", "count",
            "count_values", "bottomk", "topk", "quantile");

    /** Prometheus 2.x functions. */
    static final Set<String> FUNCTIONS = Set.of("abs", "absent", "absent_over_time", "acos", "acosh", "asin", "asinh",
            "atan", "atanh", "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "cos", "cosh",
            "count_over_time", "day_of_month", "day_of_week", "day_of_year", "days_in_month", "deg", "delta", "deriv",
            "exp", "floor", "histogram_quantile", "holt_winters", "hour", "idelta", "increase", "irate", "label_join",
            "label_replace", "last_over_time", "ln", "log10", "log2", "max_over_time", "min_over_time", "minute",
            "month", "pi", "predict_linear", "present_over_time", "quantile_over_time", "rad", "rate", "resets",
            "round", "scalar", "sgn", "sin", "sinh", "sort", "sort_desc", "sqrt", "stddev_over_time",
            "stdvar_over_time", "sum_over_time", "tan", "tanh", "time", "timestamp", "vector", "year", "start", "end");

    /** Functions whose argument must be a counter (or a histogram's or summary's cumulative series). */
    static final Set<String> COUNTER_FUNCTIONS = Set.of("rate", "irate", "increase", "resets");

    /** Functions meant for gauges: on a counter they show the counter's growth, not what was meant. */
    static final Set<String> GAUGE_FUNCTIONS = Set.of("deriv", "delta", "idelta", "predict_linear", "holt_winters");

    private static final Set<String> MATCHING = Set.of("on", "ignoring", "group_left", "group_right");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan");

    record Matcher(String label, String op, String value) {
        boolean hasVariable() {
            return value.contains("$");
        }
    }

    /** An open parenthesis: a function or aggregation call (with its grouping), or plain grouping (null). */
    static final class Frame {
        final String function;
        String grouping;
        final List<String> labels = new ArrayList<>();

        Frame(String function) {
            this.function = function;
        }

        boolean aggregation() {
            return function != null && AGGREGATIONS.contains(function);
        }

        @Override
        public String toString() {
            return function + (grouping == null ? "" : " " + grouping + " " + labels);
        }
    }

    /** A series selector and the calls it sits in, outermost first. */
    record Selector(String metric, List<Matcher> matchers, List<Frame> frames) {
        /** The innermost function or aggregation call around it, or null. */
        String innermostFunction() {
            for (int i = frames.size() - 1; i >= 0; i--) {
                if (frames.get(i).function != null) {
                    return frames.get(i).function;
                }
            }
            return null;
        }

        boolean inside(String function) {
            return frames.stream().anyMatch(f -> function.equals(f.function));
        }
    }

    record Expression(String text, List<Selector> selectors, List<Frame> frames, List<String> matchingLabels) {
        /** Every label named in a grouping or vector matching clause. */
        List<String> groupingLabels() {
            List<String> all = new ArrayList<>(matchingLabels);
            frames.forEach(f -> all.addAll(f.labels));
            return all;
        }
    }

    private enum Kind { IDENT, NUMBER, STRING, VARIABLE, RANGE, OP }

    private record Token(Kind kind, String text) {
        boolean is(String s) {
            return kind == Kind.OP && text.equals(s);
        }

        boolean isIdent(String s) {
            return kind == Kind.IDENT && text.equals(s);
        }
    }

    static Expression parse(String expr) {
        List<Token> tokens = tokens(expr);
        List<Selector> selectors = new ArrayList<>();
        List<Frame> allFrames = new ArrayList<>();
        List<String> matching = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : new Token(Kind.OP, "");
            if (t.kind == Kind.IDENT) {
                String name = t.text;
                if (AGGREGATIONS.contains(name) && (next.is("(") || next.isIdent("by") || next.isIdent("without"))) {
                    Frame frame = new Frame(name);
                    int j = i + 1;
                    if (!next.is("(")) {
                        frame.grouping = next.text;
                        j = labelList(tokens, i + 2, frame.labels, expr);
                    }
                    expect(tokens, j, "(", expr);
                    open.push(frame);
                    allFrames.add(frame);
                    i = j + 1;
                } else if (MATCHING.contains(name)) {
                    i = next.is("(") ? labelList(tokens, i + 1, matching, expr) : i + 1;
                } else if (name.equals("by") || name.equals("without")) {
                    throw new IllegalArgumentException("'" + name + "' outside an aggregation in: " + expr);
                } else if (KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
                    i++;
                } else if (next.is("(")) {
                    if (!FUNCTIONS.contains(name)) {
                        throw new IllegalArgumentException("unknown function " + name + "() in: " + expr);
                    }
                    Frame frame = new Frame(name);
                    open.push(frame);
                    allFrames.add(frame);
                    i += 2;
                } else {
                    List<Matcher> matchers = new ArrayList<>();
                    i = next.is("{") ? matchers(tokens, i + 1, matchers, expr) : i + 1;
                    selectors.add(new Selector(name, List.copyOf(matchers), outermostFirst(open)));
                }
            } else if (t.is("{")) {
                List<Matcher> matchers = new ArrayList<>();
                i = matchers(tokens, i, matchers, expr);
                String name = matchers.stream().filter(m -> m.label.equals("__name__") && m.op.equals("="))
                        .map(Matcher::value).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("a selector without a metric name in: " + expr));
                selectors.add(new Selector(name, List.copyOf(matchers), outermostFirst(open)));
            } else if (t.is("(")) {
                Frame frame = new Frame(null);
                open.push(frame);
                allFrames.add(frame);
                i++;
            } else if (t.is(")")) {
                if (open.isEmpty()) {
                    throw new IllegalArgumentException("unbalanced ')' in: " + expr);
                }
                Frame closed = open.pop();
                i++;
                if (closed.aggregation() && closed.grouping == null && i < tokens.size()
                        && (tokens.get(i).isIdent("by") || tokens.get(i).isIdent("without"))) {
                    closed.grouping = tokens.get(i).text;
                    i = labelList(tokens, i + 1, closed.labels, expr);
                }
            } else if (t.is("}") || t.is("]")) {
                throw new IllegalArgumentException("unexpected '" + t.text + "' in: " + expr);
            } else {
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unbalanced '(' in: " + expr);
        }
        if (selectors.isEmpty() && !expr.isBlank()) {
            // vector(1), time() and friends are legal but query nothing: not what a panel is for.
            throw new IllegalArgumentException("no series selector in: " + expr);
        }
        return new Expression(expr, List.copyOf(selectors), List.copyOf(allFrames), List.copyOf(matching));
    }

    private static List<Frame> outermostFirst(Deque<Frame> open) {
        List<Frame> frames = new ArrayList<>(open);
        Collections.reverse(frames);
        return List.copyOf(frames);
    }

    private static void expect(List<Token> tokens, int at, String op, String expr) {
        if (at >= tokens.size() || !tokens.get(at).is(op)) {
            throw new IllegalArgumentException("expected '" + op + "' at token " + at + " in: " + expr);
        }
    }

    /** Reads {@code ( label, label )} from {@code at}; returns the index after it. */
    private static int labelList(List<Token> tokens, int at, List<String> into, String expr) {
        expect(tokens, at, "(", expr);
        int i = at + 1;
        while (i < tokens.size() && !tokens.get(i).is(")")) {
            Token t = tokens.get(i);
            if (t.kind == Kind.IDENT) {
                into.add(t.text);
            } else if (!t.is(",")) {
                throw new IllegalArgumentException("a label list holds " + t.text + " in: " + expr);
            }
            i++;
        }
        expect(tokens, i, ")", expr);
        return i + 1;
    }

    /** Reads {@code { label op "value", ... }} from {@code at}; returns the index after it. */
    private static int matchers(List<Token> tokens, int at, List<Matcher> into, String expr) {
        expect(tokens, at, "{", expr);
        int i = at + 1;
        while (i < tokens.size() && !tokens.get(i).is("}")) {
            if (tokens.get(i).is(",")) {
                i++;
                continue;
            }
            if (i + 2 >= tokens.size() || tokens.get(i).kind != Kind.IDENT || tokens.get(i + 1).kind != Kind.OP
                    || !Set.of("=", "!=", "=~", "!~").contains(tokens.get(i + 1).text)
                    || tokens.get(i + 2).kind != Kind.STRING) {
                throw new IllegalArgumentException("a malformed label matcher in: " + expr);
            }
            into.add(new Matcher(tokens.get(i).text, tokens.get(i + 1).text, tokens.get(i + 2).text));
            i += 3;
        }
        expect(tokens, i, "}", expr);
        return i + 1;
    }

    private static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && c != '`' && j + 1 < s.length()) {
                        j++;
                    }
                    value.append(s.charAt(j));
                    j++;
                }
                if (j >= s.length()) {
                    throw new IllegalArgumentException("an unterminated string in: " + s);
                }
                tokens.add(new Token(Kind.STRING, value.toString()));
                i = j + 1;
            } else if (c == '[') {
                int j = s.indexOf(']', i);
                if (j < 0) {
                    throw new IllegalArgumentException("an unterminated range in: " + s);
                }
                tokens.add(new Token(Kind.RANGE, s.substring(i + 1, j)));
                i = j + 1;
            } else if (c == '$') {
                int j = i + 1;
                if (j < s.length() && s.charAt(j) == '{') {
                    j = s.indexOf('}', j) + 1;
                    if (j == 0) {
                        throw new IllegalArgumentException("an unterminated ${ in: " + s);
                    }
                } else {
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                }
                tokens.add(new Token(Kind.VARIABLE, s.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.'
                        || s.charAt(j) == '_'
                        || ((s.charAt(j) == '+' || s.charAt(j) == '-') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(i, j)));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == ':')) {
                    j++;
                }
                tokens.add(new Token(Kind.IDENT, s.substring(i, j)));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (Set.of("==", "!=", "=~", "!~", ">=", "<=").contains(two)) {
                    tokens.add(new Token(Kind.OP, two));
                    i += 2;
                } else {
                    tokens.add(new Token(Kind.OP, String.valueOf(c)));
                    i++;
                }
            }
        }
        return tokens;
    }
}

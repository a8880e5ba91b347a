package org.cctrainer.backend.wire;

/**
 * How deeply a JSON text nests, counted without parsing (so without recursion): every message
 * a client sends is this shallow or refused, because a deeply nested value that the parser
 * accepts can still overflow the stack of whatever walks it later (encoding it, say).
 */
public final class JsonDepth {
    /** No command, body or frame this trainer reads nests deeper than a handful of levels. */
    public static final int MAX = 32;

    private JsonDepth() {
    }

    public static boolean tooDeep(String text) {
        return text != null && of(text) > MAX;
    }

    /** The deepest nesting of objects and arrays, ignoring brackets inside strings. */
    public static int of(String text) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }
}

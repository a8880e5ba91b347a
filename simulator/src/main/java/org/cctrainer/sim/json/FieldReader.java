package org.cctrainer.sim.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one object of a YAML/JSON tree field by field, checking types and ranges, and records
 * a problem naming the field (and what is allowed) for everything wrong. Missing optional
 * fields take their default; unknown fields are reported by {@link #finish()} with the list
 * of known ones, so a typo like "priorty" is caught, not silently ignored.
 */
public final class FieldReader {
    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    public FieldReader(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Reads {@code node} as an object, or reports that it is not one and returns null. */
    public static FieldReader object(JsonNode node, String path, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(path, "must be an object with fields" + found(node));
            return null;
        }
        return new FieldReader(node, path, problems);
    }

    public String path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    public String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        known.add(field);
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public String text(String field, String fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isValueNode() || value.isBoolean()) {
            problems.add(at(field), "must be text" + found(value));
            return fallback;
        }
        return value.asText();
    }

    public String requiredText(String field) {
        if (!has(field)) {
            problems.add(at(field), "is required");
            return null;
        }
        String value = text(field, null);
        if (value != null && value.isBlank()) {
            problems.add(at(field), "must not be blank");
        }
        return value;
    }

    /** Text that must be one of {@code allowed} (case-insensitive); returns it in lower case. */
    public String choice(String field, String fallback, List<String> allowed) {
        String value = text(field, null);
        if (value == null) {
            return fallback;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            problems.add(at(field), "must be one of " + String.join(", ", allowed) + " (got '" + value + "')");
            return fallback;
        }
        return lower;
    }

    public double number(String field, double fallback, double min, double max) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            problems.add(at(field), "must be a number between " + fmt(min) + " and " + fmt(max) + found(value));
            return fallback;
        }
        double number = value.asDouble();
        if (!(number >= min && number <= max)) {
            problems.add(at(field), "must be between " + fmt(min) + " and " + fmt(max) + " (got " + fmt(number) + ")");
            return fallback;
        }
        return number;
    }

    public double requiredNumber(String field, double min, double max) {
        if (!has(field)) {
            problems.add(at(field), "is required (a number between " + fmt(min) + " and " + fmt(max) + ")");
            return Double.NaN;
        }
        return number(field, Double.NaN, min, max);
    }

    public int integer(String field, int fallback, int min, int max) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber()) {
            problems.add(at(field), "must be a whole number between " + min + " and " + max + found(value));
            return fallback;
        }
        long number = value.asLong();
        if (number < min || number > max) {
            problems.add(at(field), "must be between " + min + " and " + max + " (got " + number + ")");
            return fallback;
        }
        return (int) number;
    }

    public long longInteger(String field, long fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(at(field), "must be a whole number" + found(value));
            return fallback;
        }
        return value.asLong();
    }

    public boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            problems.add(at(field), "must be true or false" + found(value));
            return fallback;
        }
        return value.asBoolean();
    }

    /** A nested object, or null when absent (or not an object, which is reported). */
    public FieldReader child(String field) {
        if (!has(field)) {
            return null;
        }
        return object(node.get(field), at(field), problems);
    }

    /** A list of objects; absent means empty. */
    public List<FieldReader> children(String field) {
        List<FieldReader> readers = new ArrayList<>();
        for (Element element : elements(field)) {
            FieldReader reader = object(element.node(), element.path(), problems);
            if (reader != null) {
                readers.add(reader);
            }
        }
        return readers;
    }

    /** One element of a list, with its path ("queues[2]"). */
    public record Element(JsonNode node, String path) {
    }

    /** The raw elements of a list; absent means empty; a non-list is reported. */
    public List<Element> elements(String field) {
        List<Element> elements = new ArrayList<>();
        if (!has(field)) {
            return elements;
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            problems.add(at(field), "must be a list" + found(value));
            return elements;
        }
        for (int i = 0; i < value.size(); i++) {
            elements.add(new Element(value.get(i), at(field) + "[" + i + "]"));
        }
        return elements;
    }

    public List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (Element element : elements(field)) {
            if (element.node().isTextual()) {
                texts.add(element.node().asText());
            } else {
                problems.add(element.path(), "must be text" + found(element.node()));
            }
        }
        return texts;
    }

    public List<Double> numbers(String field, double min, double max) {
        List<Double> numbers = new ArrayList<>();
        for (Element element : elements(field)) {
            JsonNode value = element.node();
            if (value.isNumber() && value.asDouble() >= min && value.asDouble() <= max) {
                numbers.add(value.asDouble());
            } else {
                problems.add(element.path(), "must be a number between " + fmt(min) + " and " + fmt(max) + found(value));
            }
        }
        return numbers;
    }

    /** The names of the fields this object has, for free-form maps (such as parameters to match). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A field's node as it is, marked as known; null when absent. */
    public JsonNode raw(String field) {
        known.add(field);
        return node.get(field);
    }

    /** Reports every field this object has that was never asked for. */
    public void finish() {
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(at(name), "unknown field; allowed here: " + String.join(", ", known));
            }
        }
    }

    static String found(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        String text = value.toString();
        return " (got " + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + ")";
    }

    static String fmt(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }
}

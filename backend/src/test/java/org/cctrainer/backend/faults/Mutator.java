package org.cctrainer.backend.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Makes bad input from good: mutations of a valid JSON body (on its tree: wrong types, huge and
 * non-finite numbers, deep nesting, unicode, nulls, duplicate and unknown keys, long strings up
 * to and past the 16 KiB limit; on its bytes: flips, insertions, deletions, truncations) and
 * pure noise. Everything comes from the one seeded {@link Random}, so a run can be repeated.
 * No input ever contains the words the leak check looks for ("Exception", "java.", "at org.").
 */
final class Mutator {
    static final int LIMIT = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "@@raw@@";

    /** Values that have broken parsers and validators before; each is raw JSON text (some of it not JSON at all). */
    private static final List<String> TOKENS = List.of(
            "null", "true", "false", "0", "-0", "-1", "1", "0.5", "0.49", "60.0001", "5", "60", "9", "10", "3600",
            "1e308", "1e309", "-1e309", "1e-400", "4.9e-324", "1E+99999999999", "123456789012345678901234567890",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649",
            "1" + "0".repeat(1200), "0." + "9".repeat(1200),
            "NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10", "1e", "--1", "undefined", "None",
            "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e3\"", "\"5\"", "\"\"", "\" \"", "\"\\t\\n\"",
            "[]", "{}", "[null]", "[[]]", "[{}]", "{\"\":null}", "{\"queue\":\"billing\"}", "[\"billing\",\"billing\"]",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\uDBFF\\uDFFF\"", "\"😀😀\"", "\"\u202Eevil\"",
            "\"e\u0301\u0301\u0301\"", "\"\u200B\"", "\"\uFEFF\"", "\"Ω≈ç√∫\"", "\"田中さん\"", "\"مرحبا\"",
            "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"%s%n%x%d\"", "\"../../etc/passwd\"",
            "\"${jndi:ldap://x/a}\"", "\"\\\\\\\"\"", "\"A999\"", "\"billing\"", "\"BILLING\"", "\"sam-ortiz\"",
            "\"free-practice\"", "\"volume-surge\"", "\"what-moved\"", "\"14:30\"", "\"25:99\"", "\"08:00\"");

    /**
     * How deep the nesting mutation goes: shallow, deep, and past the parser's limit of 1000.
     * Not from about 800 to 1000 for now: a command nested that deep overflows the exercise's
     * stack or poisons its journal, bugs reproduced by {@code WireFuzzTest.deeplyNestedCommand}
     * and {@code WireFuzzTest.nestedToTheParserLimit}; add 900 and 999 here once they are fixed.
     */
    static final int[] DEPTHS = {5, 64, 200, 400, 1001, 2500, 5000, 9000};

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** One to three mutations of {@code valid}, stacked; sometimes spliced with {@code other}. */
    byte[] mutate(String valid, String other) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int rounds = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
        for (int i = 0; i < rounds; i++) {
            int kind = random.nextInt(100);
            if (kind < 55) {
                byte[] tree = structural(new String(bytes, StandardCharsets.UTF_8));
                if (tree != null) {
                    bytes = tree;
                    continue;
                }
            }
            if (kind >= 95 && other != null) {
                bytes = splice(bytes, other.getBytes(StandardCharsets.UTF_8));
                continue;
            }
            bytes = bytewise(bytes);
        }
        return bytes;
    }

    /** Noise: random bytes, random text, or random JSON of no particular shape. */
    byte[] noise() {
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(600)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(400);
                for (int i = 0; i < length; i++) {
                    text.append((char) (32 + random.nextInt(95)));
                }
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                return randomJson(random.nextInt(4)).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Text for a text frame: any code points, lone surrogates and control characters included. */
    String noiseText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(300);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (pick < 5) {
                text.append((char) (32 + random.nextInt(95)));
            } else if (pick < 7) {
                text.append((char) random.nextInt(0x10000));
            } else if (pick < 8) {
                text.appendCodePoint(0x10000 + random.nextInt(0x10ffff - 0x10000));
            } else {
                String specials = "{}[]\",:\\ \u0000\n";
                text.append(specials.charAt(random.nextInt(specials.length())));
            }
        }
        return text.toString();
    }

    String randomJson(int depth) {
        int pick = random.nextInt(depth <= 0 ? 6 : 9);
        switch (pick) {
            case 0 -> {
                return TOKENS.get(random.nextInt(TOKENS.size()));
            }
            case 1 -> {
                return Long.toString(random.nextLong());
            }
            case 2 -> {
                return Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(20) - 5));
            }
            case 3, 4, 5 -> {
                return quote(randomWord());
            }
            case 6 -> {
                StringBuilder array = new StringBuilder("[");
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    array.append(i == 0 ? "" : ",").append(randomJson(depth - 1));
                }
                return array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                int n = random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    object.append(i == 0 ? "" : ",").append(quote(randomKey())).append(':').append(randomJson(depth - 1));
                }
                return object.append('}').toString();
            }
        }
    }

    private static final List<String> KEYS = List.of("type", "id", "action", "agent", "skills", "queue", "priority",
            "speed", "seed", "scenario", "trainees", "text", "code", "exercise", "message", "rationale", "on", "count",
            "multiplier", "durationMinutes", "view", "alert", "case", "tier", "owner", "format", "kind", "t", "body");

    private String randomKey() {
        return random.nextInt(3) == 0 ? randomWord() : KEYS.get(random.nextInt(KEYS.size()));
    }

    private static final String WORD = "abcdefghijklmnopqrstuvwxyz-_0123456789 ÄéΩ😀";

    private String randomWord() {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.appendCodePoint(WORD.codePointAt(WORD.offsetByCodePoints(0, random.nextInt(WORD.codePointCount(0, WORD.length())))));
        }
        return word.toString();
    }

    private static String quote(String text) {
        return TextNode.valueOf(text).toString();
    }

    // ---- mutations on the tree --------------------------------------------------------------------

    /** A mutation of the parsed body; null if it does not parse (byte mutations then take over). */
    private byte[] structural(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception notJson) {
            return null;
        }
        if (root == null) {
            return null;
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        int kind = random.nextInt(100);
        if (slots.isEmpty() || kind < 5) {
            return rootMutation(root).getBytes(StandardCharsets.UTF_8);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        if (kind < 45) {
            return withRaw(root, slot, TOKENS.get(random.nextInt(TOKENS.size())));
        }
        if (kind < 52) {
            return withRaw(root, slot, randomJson(2));
        }
        if (kind < 62) {
            slot.remove();
            return encode(root);
        }
        if (kind < 70 && slot.parent() instanceof ObjectNode object) {
            // The same key twice in one object, the second copy different.
            String original = object.get(slot.key()).toString();
            String twice = random.nextBoolean()
                    ? original + "," + quote(slot.key()) + ":" + TOKENS.get(random.nextInt(TOKENS.size()))
                    : TOKENS.get(random.nextInt(TOKENS.size())) + "," + quote(slot.key()) + ":" + original;
            return withRaw(root, slot, twice);
        }
        if (kind < 76 && slot.parent() instanceof ObjectNode object) {
            object.set(random.nextInt(2) == 0 ? randomKey() : randomWord(), TextNode.valueOf(RAW));
            return new String(encode(root), StandardCharsets.UTF_8).replace("\"" + RAW + "\"", randomJson(1))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (kind < 84) {
            int depth = DEPTHS[random.nextInt(DEPTHS.length)];
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            return withRaw(root, slot, open.repeat(depth) + "1" + close.repeat(depth));
        }
        if (kind < 94) {
            return longString(root, slot);
        }
        return withRaw(root, slot, quote(randomWord() + TOKENS.get(random.nextInt(TOKENS.size()))));
    }

    /** A string at {@code slot} long enough to bring the body to just under, at, or past the limit. */
    private byte[] longString(JsonNode root, Slot slot) {
        int rest = withRaw(root, slot, "\"\"").length;
        int[] targets = {100, 1000, 5000, LIMIT - 1, LIMIT, LIMIT + 1, LIMIT + 100, 20_000, 64 * 1024};
        int target = targets[random.nextInt(targets.length)];
        String fill = random.nextInt(4) == 0 ? "é" : "x";
        int perChar = fill.getBytes(StandardCharsets.UTF_8).length;
        int length = Math.max(0, (target - rest) / perChar);
        return withRaw(root, slot, "\"" + fill.repeat(length) + "\"");
    }

    private String rootMutation(JsonNode root) {
        String body = new String(encode(root), StandardCharsets.UTF_8);
        return switch (random.nextInt(8)) {
            case 0 -> "[" + body + "]";
            case 1 -> "";
            case 2 -> "   \n\t ";
            case 3 -> body + body;
            case 4 -> body + " trailing";
            case 5 -> quote(body);
            case 6 -> "{\"wrapper\":" + body + "}";
            default -> TOKENS.get(random.nextInt(TOKENS.size()));
        };
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(ContainerNode<?> parent, String key, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    /** The body with {@code raw} text (any text, JSON or not) in place of the slot's value. */
    private static byte[] withRaw(JsonNode root, Slot slot, String raw) {
        JsonNode copy = root.deepCopy();
        Slot same = find(root, copy, slot);
        same.set(TextNode.valueOf(RAW));
        return new String(encode(copy), StandardCharsets.UTF_8).replace("\"" + RAW + "\"", raw)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The slot in {@code copy} that {@code slot} is in {@code original}. */
    private static Slot find(JsonNode original, JsonNode copy, Slot slot) {
        List<Slot> a = new ArrayList<>();
        List<Slot> b = new ArrayList<>();
        collect(original, a);
        collect(copy, b);
        for (int i = 0; i < a.size(); i++) {
            Slot candidate = a.get(i);
            if (candidate.parent() == slot.parent() && java.util.Objects.equals(candidate.key(), slot.key())
                    && candidate.index() == slot.index()) {
                return b.get(i);
            }
        }
        throw new IllegalStateException("slot not in its tree");
    }

    private static byte[] encode(JsonNode root) {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- mutations on the bytes -------------------------------------------------------------------

    private byte[] bytewise(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        switch (random.nextInt(7)) {
            case 0 -> {
                byte[] flipped = bytes.clone();
                if (flipped.length > 0) {
                    int i = Math.min(at, flipped.length - 1);
                    flipped[i] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case 1 -> {
                out.write(bytes, 0, at);
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    out.write(random.nextInt(256));
                }
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
            }
            case 2 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(12));
                out.write(bytes, 0, at);
                out.write(bytes, at + length, bytes.length - at - length);
                return out.toByteArray();
            }
            case 3 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                out.write(bytes, 0, at + length);
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
            }
            case 4 -> {
                return java.util.Arrays.copyOf(bytes, at);
            }
            case 5 -> {
                out.write(bytes, 0, at);
                String specials = "{}[]\",:\\ \u0000";
                out.write(specials.charAt(random.nextInt(specials.length())));
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
            }
            default -> {
                byte[] replaced = bytes.clone();
                if (replaced.length > 0) {
                    replaced[Math.min(at, replaced.length - 1)] = (byte) random.nextInt(256);
                }
                return replaced;
            }
        }
    }

    private byte[] splice(byte[] a, byte[] b) {
        int cutA = random.nextInt(a.length + 1);
        int cutB = random.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cutA);
        out.write(b, cutB, b.length - cutB);
        return out.toByteArray();
    }
}

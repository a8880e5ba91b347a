package org.cctrainer.backend.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Validates a journal file line by line and collects every problem with its line number, so that
 * whoever made the file can fix it in one go. A header that is not ours, an unsupported version
 * and a file over the size limit stop at once; everything else is collected.
 */
final class JournalFileReader {
    private static final int MAX_PROBLEMS = 50;
    private static final List<String> HEADER_FIELDS = List.of("format", "version", "exercise");
    private static final List<String> EXERCISE_FIELDS = List.of("id", "scenarioId", "scenarioTitle", "scenarioYaml",
            "seed", "softwareVersion", "createdAt", "state", "cohort", "trainee", "origin");
    private static final List<String> ENTRY_FIELDS = List.of("seq", "t", "wallTime", "kind", "body");
    private static final List<String> END_FIELDS = List.of("entries", "sha256");

    /** Thrown to stop reading: the problems so far are the answer. */
    private static final class Stop extends Exception {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final long maxBytes;
    private final List<JournalFileException.Problem> problems = new ArrayList<>();
    private final MessageDigest sha256 = JournalFiles.sha256();

    JournalFileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
        this.maxBytes = maxBytes;
    }

    JournalFiles.Imported read(InputStream in) throws IOException, JournalFileException {
        BoundedLines lines = new BoundedLines(in, maxBytes);
        try {
            return read(lines);
        } catch (BoundedLines.TooLarge e) {
            problems.add(new JournalFileException.Problem(lines.lineNumber() + 1, "the file is larger than the limit of "
                    + maxBytes + " bytes; stopped reading there"));
        } catch (Stop e) {
            // the problems say why
        }
        throw new JournalFileException(problems);
    }

    private JournalFiles.Imported read(BoundedLines lines) throws IOException, BoundedLines.TooLarge, Stop {
        byte[] first = lines.next();
        if (first == null) {
            fatal(1, "the file is empty; a journal file starts with its " + JournalFiles.FORMAT + " header");
        }
        ExerciseRecord exercise = header(json(1, first));
        sha256.update(first);

        List<JournalEntry> entries = new ArrayList<>();
        long entryLines = 0;
        JournalEntry previous = null;
        JsonNode end = null;
        long endLine = 0;
        byte[] bytes;
        while ((bytes = lines.next()) != null) {
            long line = lines.lineNumber();
            if (end != null) {
                fatal(line, "there is more after the end line");
            }
            JsonNode node = json(line, bytes);
            if (node != null && node.isObject() && node.has("end")) {
                end = node;
                endLine = line;
                continue;
            }
            sha256.update(bytes);
            entryLines++;
            JournalEntry entry = node == null ? null : entry(line, node, exercise == null ? null : exercise.id(), previous);
            if (entry != null) {
                entries.add(entry);
                previous = entry;
            }
        }
        if (end == null) {
            problem(lines.lineNumber() + 1, "the file ends without its end line: it was cut short");
        } else {
            end(endLine, end, entryLines);
        }
        if (!problems.isEmpty() || exercise == null) {
            throw new Stop();
        }
        return new JournalFiles.Imported(exercise, entries);
    }

    // ---- lines -----------------------------------------------------------------------------

    /** The line as JSON, or null (with a problem recorded) if it is not UTF-8 JSON. */
    private JsonNode json(long line, byte[] bytes) throws Stop {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail(line, "not UTF-8 text");
        }
        if (text.isBlank()) {
            return fail(line, "an empty line");
        }
        try {
            return JournalFiles.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // The parser's own words name its classes; say where, not how it failed inside.
            var where = e.getLocation();
            return fail(line, "not JSON" + (where == null ? "" : " (column " + where.getColumnNr() + ")"));
        }
    }

    private ExerciseRecord header(JsonNode header) throws Stop {
        if (header == null) {
            throw new Stop();
        }
        if (!header.isObject() || !JournalFiles.FORMAT.equals(header.path("format").asText(null))) {
            fatal(1, "not a cc-trainer journal file (the first line must be {\"format\":\"" + JournalFiles.FORMAT
                    + "\",...})");
        }
        JsonNode version = header.get("version");
        if (version == null || !version.isInt() || version.intValue() != JournalFiles.VERSION) {
            fatal(1, "journal file version " + version + " is not supported; this trainer reads version "
                    + JournalFiles.VERSION);
        }
        fields(1, "", header, HEADER_FIELDS);
        JsonNode record = header.get("exercise");
        if (record == null || !record.isObject()) {
            return fail(1, "exercise must be an object with the exercise record");
        }
        fields(1, "exercise.", record, EXERCISE_FIELDS);
        ExerciseRecord exercise = new ExerciseRecord(
                text(record, "id", true),
                text(record, "scenarioId", true),
                text(record, "scenarioTitle", false),
                scenarioYaml(record),
                seed(record),
                text(record, "softwareVersion", false),
                instant(1, "exercise.createdAt", record.get("createdAt")),
                oneOf(record, "state", ExerciseRecord.STATES),
                text(record, "cohort", false),
                text(record, "trainee", false),
                oneOf(record, "origin", List.of(ExerciseRecord.LIVE, ExerciseRecord.IMPORTED)));
        return problems.isEmpty() ? exercise : null;
    }

    private JournalEntry entry(long line, JsonNode node, String exercise, JournalEntry previous) throws Stop {
        if (!node.isObject()) {
            return fail(line, "an entry must be a JSON object");
        }
        int before = problems.size();
        fields(line, "", node, ENTRY_FIELDS);
        JsonNode seq = node.get("seq");
        JsonNode t = node.get("t");
        JsonNode kind = node.get("kind");
        JsonNode body = node.get("body");
        if (seq != null && !(seq.isIntegralNumber() && seq.canConvertToLong() && seq.longValue() >= 0)) {
            problem(line, "seq must be a whole number ≥ 0, got " + seq);
        } else if (seq != null && previous != null && seq.longValue() <= previous.seq()) {
            problem(line, "seq " + seq.longValue() + " does not increase (the entry before has " + previous.seq() + ")");
        }
        if (t != null && !(t.isNumber() && Double.isFinite(t.doubleValue()))) {
            problem(line, "t must be a finite number of seconds, got " + t);
        } else if (t != null && previous != null && t.doubleValue() < previous.t()) {
            problem(line, "t " + t.doubleValue() + " goes back in time (the entry before has " + previous.t() + ")");
        }
        String wallTime = instant(line, "wallTime", node.get("wallTime"));
        if (kind != null && !(kind.isTextual() && JournalEntry.KINDS.contains(kind.textValue()))) {
            problem(line, "kind must be one of " + String.join(", ", JournalEntry.KINDS) + ", got " + kind);
        }
        if (body != null && !body.isObject()) {
            problem(line, "body must be a JSON object, got " + kindOf(body));
        }
        if (problems.size() > before || exercise == null) {
            return null;
        }
        return new JournalEntry(exercise, seq.longValue(), t.doubleValue(), wallTime, kind.textValue(), body.toString());
    }

    private void end(long line, JsonNode end, long entryLines) throws Stop {
        fields(line, "", end, List.of("end"));
        JsonNode summary = end.get("end");
        if (!summary.isObject()) {
            problem(line, "end must be an object {\"entries\":N,\"sha256\":\"...\"}");
            return;
        }
        fields(line, "end.", summary, END_FIELDS);
        JsonNode count = summary.get("entries");
        if (count != null && (!count.isIntegralNumber() || count.longValue() != entryLines)) {
            problem(line, "the end line counts " + count + " entries but the file has " + entryLines
                    + ": entries are missing or were added");
        }
        JsonNode checksum = summary.get("sha256");
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (checksum != null && !(checksum.isTextual() && checksum.textValue().equalsIgnoreCase(actual))) {
            problem(line, "the SHA-256 checksum does not match the lines before it: the file was changed or corrupted");
        }
    }

    // ---- fields ----------------------------------------------------------------------------

    /** Every expected field present, none other. */
    private void fields(long line, String prefix, JsonNode object, List<String> expected) throws Stop {
        for (String name : expected) {
            if (!object.has(name)) {
                problem(line, "missing field " + prefix + name);
            }
        }
        Set<String> known = Set.copyOf(expected);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(line, "unknown field " + prefix + name);
            }
        }
    }

    private String text(JsonNode record, String field, boolean required) throws Stop {
        JsonNode value = record.get(field);
        if (value == null) {
            return null; // reported as missing
        }
        if (value.isNull() && !required) {
            return null;
        }
        if (!value.isTextual() || (required && value.textValue().isBlank())) {
            return fail(1, "exercise." + field + " must be " + (required ? "a non-empty string" : "a string or null")
                    + ", got " + kindOf(value));
        }
        return value.textValue();
    }

    private String scenarioYaml(JsonNode record) throws Stop {
        JsonNode value = record.get("scenarioYaml");
        if (value != null && !(value.isTextual() && !value.textValue().isBlank())) {
            return fail(1, "exercise.scenarioYaml must hold the scenario's text: without it the exercise cannot be replayed");
        }
        return value == null ? null : value.textValue();
    }

    private long seed(JsonNode record) throws Stop {
        JsonNode value = record.get("seed");
        if (value != null && !(value.isIntegralNumber() && value.canConvertToLong())) {
            problem(1, "exercise.seed must be a whole number, got " + value);
        }
        return value == null ? 0 : value.longValue();
    }

    private String oneOf(JsonNode record, String field, List<String> allowed) throws Stop {
        JsonNode value = record.get(field);
        if (value != null && !(value.isTextual() && allowed.contains(value.textValue()))) {
            return fail(1, "exercise." + field + " must be one of " + String.join(", ", allowed) + ", got " + value);
        }
        return value == null ? null : value.textValue();
    }

    private String instant(long line, String field, JsonNode value) throws Stop {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                Instant.parse(value.textValue());
                return value.textValue();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return fail(line, field + " must be an ISO-8601 instant such as 2025-03-01T09:30:00Z, got " + value);
    }

    private static String kindOf(JsonNode value) {
        return value.isTextual() || value.isNumber() || value.isBoolean() || value.isNull()
                ? value.toString() : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---- problems --------------------------------------------------------------------------

    private <T> T fail(long line, String what) throws Stop {
        problem(line, what);
        return null;
    }

    private void fatal(long line, String what) throws Stop {
        problem(line, what);
        throw new Stop();
    }

    private void problem(long line, String what) throws Stop {
        problems.add(new JournalFileException.Problem(line, what));
        if (problems.size() >= MAX_PROBLEMS) {
            problems.add(new JournalFileException.Problem(line, "too many problems; stopped checking here"));
            throw new Stop();
        }
    }
}

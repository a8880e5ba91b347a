package org.cctrainer.backend.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One exercise's journal as a file, for sharing between trainers: JSON Lines in UTF-8, a header
 * line with the exercise record, one line per entry, and an end line with the entry count and a
 * SHA-256 of every line before it (docs/journal.md, "Export format").
 */
public final class JournalFiles {
    public static final String FORMAT = "cc-trainer-journal";
    public static final int VERSION = 1;
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final String EXTENSION = ".journal.jsonl";

    /**
     * Strict on purpose, hence not the wire's mapper: a repeated key or a trailing token is a
     * damaged file, not something to guess about.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A file's content after validation. */
    public record Imported(ExerciseRecord exercise, List<JournalEntry> entries) {
        public Imported {
            entries = List.copyOf(entries);
        }

        /**
         * The same recording under a new id, marked imported, ready for
         * {@link Journal#importExercise}. One exported while running or paused is interrupted here:
         * nothing runs it on this trainer.
         */
        public Imported asNew(String id) {
            ExerciseRecord record = exercise.withId(id, ExerciseRecord.IMPORTED);
            if (ExerciseRecord.RUNNING.equals(record.state()) || ExerciseRecord.PAUSED.equals(record.state())) {
                record = record.withState(ExerciseRecord.INTERRUPTED);
            }
            List<JournalEntry> renamed = new ArrayList<>(entries.size());
            for (JournalEntry entry : entries) {
                renamed.add(new JournalEntry(id, entry.seq(), entry.t(), entry.wallTime(), entry.kind(), entry.body()));
            }
            return new Imported(record, renamed);
        }
    }

    private JournalFiles() {
    }

    /** A name for the download: the scenario and the exercise id, safe in a Content-Disposition header. */
    public static String fileName(ExerciseRecord exercise) {
        String base = (exercise.scenarioId() == null ? "exercise" : exercise.scenarioId()) + "-" + exercise.id();
        return base.replaceAll("[^A-Za-z0-9._-]", "_") + EXTENSION;
    }

    /**
     * Writes the file. Refuses (IllegalArgumentException, before writing anything) entries that
     * {@link #read} would refuse, so an export can always be imported again.
     */
    public static void write(ExerciseRecord exercise, List<JournalEntry> entries, OutputStream out) throws IOException {
        List<ObjectNode> lines = new ArrayList<>(entries.size());
        JournalEntry previous = null;
        for (JournalEntry entry : entries) {
            checkWritable(exercise, previous, entry);
            lines.add(entryLine(entry));
            previous = entry;
        }
        MessageDigest sha256 = sha256();
        writeLine(header(exercise), out, sha256);
        for (ObjectNode line : lines) {
            writeLine(line, out, sha256);
        }
        ObjectNode end = MAPPER.createObjectNode();
        end.putObject("end").put("entries", entries.size()).put("sha256", HexFormat.of().formatHex(sha256.digest()));
        writeLine(end, out, null);
        out.flush();
    }

    /** Reads and validates a file of at most {@link #DEFAULT_MAX_BYTES}. */
    public static Imported read(InputStream in) throws IOException, JournalFileException {
        return read(in, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads and validates a file, holding at most {@code maxBytes} of it: a larger one is refused
     * as soon as the limit is passed.
     *
     * @throws JournalFileException listing every problem found, each with its line
     * @throws IOException if the stream itself fails
     */
    public static Imported read(InputStream in, long maxBytes) throws IOException, JournalFileException {
        return new JournalFileReader(maxBytes).read(in);
    }

    private static void checkWritable(ExerciseRecord exercise, JournalEntry previous, JournalEntry entry) {
        String where = "entry seq " + entry.seq() + ": ";
        if (!exercise.id().equals(entry.exercise())) {
            throw new IllegalArgumentException(where + "belongs to exercise " + entry.exercise() + ", not " + exercise.id());
        }
        if (!JournalEntry.KINDS.contains(entry.kind())) {
            throw new IllegalArgumentException(where + "unknown kind " + entry.kind());
        }
        if (!Double.isFinite(entry.t())) {
            throw new IllegalArgumentException(where + "t is not finite");
        }
        if (previous != null && entry.seq() <= previous.seq()) {
            throw new IllegalArgumentException(where + "seq does not increase (previous " + previous.seq() + ")");
        }
        if (previous != null && entry.t() < previous.t()) {
            throw new IllegalArgumentException(where + "t goes back in time (" + entry.t() + " after " + previous.t() + ")");
        }
    }

    private static ObjectNode header(ExerciseRecord exercise) {
        ObjectNode header = MAPPER.createObjectNode();
        header.put("format", FORMAT);
        header.put("version", VERSION);
        ObjectNode record = header.putObject("exercise");
        record.put("id", exercise.id());
        record.put("scenarioId", exercise.scenarioId());
        record.put("scenarioTitle", exercise.scenarioTitle());
        record.put("scenarioYaml", exercise.scenarioYaml());
        record.put("seed", exercise.seed());
        record.put("softwareVersion", exercise.softwareVersion());
        record.put("createdAt", exercise.createdAt());
        record.put("state", exercise.state());
        record.put("cohort", exercise.cohort());
        record.put("trainee", exercise.trainee());
        record.put("origin", exercise.origin());
        return header;
    }

    private static ObjectNode entryLine(JournalEntry entry) {
        JsonNode body;
        try {
            body = MAPPER.readTree(entry.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("entry seq " + entry.seq() + ": the body is not JSON", e);
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("entry seq " + entry.seq() + ": the body is not a JSON object");
        }
        ObjectNode line = MAPPER.createObjectNode();
        line.put("seq", entry.seq());
        line.put("t", entry.t());
        line.put("wallTime", entry.wallTime());
        line.put("kind", entry.kind());
        line.set("body", body);
        return line;
    }

    private static void writeLine(ObjectNode line, OutputStream out, MessageDigest sha256) throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(line);
        out.write(json);
        out.write('\n');
        if (sha256 != null) {
            sha256.update(json);
            sha256.update((byte) '\n');
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.cctrainer.backend.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a journal file can be wrong gets a clear error naming the line, and the journal it
 * was meant for is left as it was. Each case starts from a good export (a header, entries on
 * lines 2–6, the end line on line 7) and breaks one thing; unless the case is about the end line,
 * the end line is recomputed so that only the intended problem shows.
 */
@DisplayName("Bad journal files are refused with the line and the reason, and nothing is imported")
class BadJournalFilesTest {
    @TempDir
    Path data;

    private JdbcJournal journal;
    private List<String> lines;

    @BeforeEach
    void goodFileAndEmptyJournal() throws IOException {
        journal = JdbcJournal.open(Databases.url(data));
        String text = new String(JournalFilesTest.export(Recordings.exercise("ex-1", 3, ExerciseRecord.FINISHED),
                Recordings.entries("ex-1", 5)), StandardCharsets.UTF_8);
        lines = new ArrayList<>(Arrays.asList(text.split("\n")));
        assertEquals(7, lines.size());
    }

    @AfterEach
    void nothingImported() {
        journal.flush();
        assertEquals(List.of(), journal.exercises(), "nothing may reach the journal");
        journal.close();
    }

    @Test
    @DisplayName("the good file itself imports (the baseline every case breaks)")
    void baseline() throws Exception {
        JournalFiles.Imported imported = JournalFiles.read(stream(lines, false));
        assertEquals(5, imported.entries().size());
    }

    @Test
    @DisplayName("over the size limit: stopped at the limit, never read to the end")
    void tooLarge() {
        refused(problems(stream(lines, false), 300), 1, "larger than the limit of 300 bytes");

        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        refused(problems(endless, 20L * 1024 * 1024), 1, "larger than the limit");
    }

    @Test
    @DisplayName("an empty file")
    void empty() {
        refused(problems(new ByteArrayInputStream(new byte[0]), 1_000), 1, "the file is empty");
    }

    @Test
    @DisplayName("not UTF-8")
    void notUtf8() {
        byte[] good = bytes(lines, false);
        String marker = "note number";
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf(marker);
        good[at] = (byte) 0xC3;
        good[at + 1] = (byte) 0x28;
        List<JournalFileException.Problem> problems = problems(new ByteArrayInputStream(good), 1_000_000);
        assertEquals(new JournalFileException.Problem(problems.get(0).line(), "not UTF-8 text"), problems.get(0));
    }

    @Test
    @DisplayName("a line that is not JSON")
    void notJson() {
        lines.set(2, "{\"seq\": 2, \"t\": ");
        refused(problems(lines, true), 3, "not JSON");
    }

    @Test
    @DisplayName("an empty line among the entries")
    void emptyLine() {
        lines.add(3, "");
        refused(problems(lines, true), 4, "an empty line");
    }

    @Test
    @DisplayName("not a cc-trainer journal at all, or one of a version this trainer does not read")
    void wrongFormatOrVersion() {
        List<String> original = new ArrayList<>(lines);
        edit(0, header -> header.put("format", "spreadsheet"));
        refused(problems(lines, true), 1, "not a cc-trainer journal file");

        lines = new ArrayList<>(original);
        edit(0, header -> header.put("version", 2));
        refused(problems(lines, true), 1, "journal file version 2 is not supported");
    }

    @Test
    @DisplayName("missing and unknown fields, in the header and in an entry")
    void fields() {
        edit(0, header -> ((ObjectNode) header.get("exercise")).put("colour", "blue"));
        edit(0, header -> ((ObjectNode) header.get("exercise")).remove("seed"));
        edit(3, entry -> entry.remove("kind"));
        edit(4, entry -> entry.put("colour", "blue"));
        List<JournalFileException.Problem> problems = problems(lines, true);
        refused(problems, 1, "missing field exercise.seed");
        refused(problems, 1, "unknown field exercise.colour");
        refused(problems, 4, "missing field kind");
        refused(problems, 5, "unknown field colour");
    }

    @Test
    @DisplayName("no scenario text: it could never be replayed")
    void scenarioYamlMissing() {
        List<String> original = new ArrayList<>(lines);
        edit(0, header -> ((ObjectNode) header.get("exercise")).remove("scenarioYaml"));
        refused(problems(lines, true), 1, "missing field exercise.scenarioYaml");

        lines = new ArrayList<>(original);
        edit(0, header -> ((ObjectNode) header.get("exercise")).put("scenarioYaml", ""));
        refused(problems(lines, true), 1, "exercise.scenarioYaml must hold the scenario's text");
    }

    @Test
    @DisplayName("a kind that is not one of the journal's kinds")
    void unknownKind() {
        edit(2, entry -> entry.put("kind", "gossip"));
        refused(problems(lines, true), 3, "kind must be one of command, incident, alert, event, score, note, state, sample");
    }

    @Test
    @DisplayName("seq not strictly increasing")
    void seqOrder() {
        edit(3, entry -> entry.put("seq", 2));
        refused(problems(lines, true), 4, "seq 2 does not increase (the entry before has 2)");
    }

    @Test
    @DisplayName("t not finite, or going back in time")
    void time() {
        lines.set(2, lines.get(2).replaceFirst("\"t\":[^,]+", "\"t\":1e999"));
        edit(4, entry -> entry.put("t", 0.5));
        List<JournalFileException.Problem> problems = problems(lines, true);
        refused(problems, 3, "t must be a finite number");
        refused(problems, 5, "t 0.5 goes back in time");
    }

    @Test
    @DisplayName("a wall time that is not an ISO-8601 instant")
    void wallTime() {
        edit(1, entry -> entry.put("wallTime", "yesterday at nine"));
        refused(problems(lines, true), 2, "wallTime must be an ISO-8601 instant");
    }

    @Test
    @DisplayName("a body that is not a JSON object")
    void body() {
        edit(2, entry -> entry.put("body", "{\"n\":2}"));
        refused(problems(lines, true), 3, "body must be a JSON object");
    }

    @Test
    @DisplayName("truncated: the end line is missing, or the file stops mid-line")
    void truncated() {
        List<String> original = new ArrayList<>(lines);
        lines.remove(6);
        refused(problems(lines, false), 7, "the file ends without its end line: it was cut short");

        byte[] cut = bytes(original, false);
        int endLine = original.get(6).length() + 1;
        byte[] half = Arrays.copyOf(cut, cut.length - endLine - 20);
        List<JournalFileException.Problem> problems = problems(new ByteArrayInputStream(half), 1_000_000);
        refused(problems, 6, "not JSON");
        refused(problems, 7, "it was cut short");
    }

    @Test
    @DisplayName("corrupted: an entry removed, or a byte changed, after export")
    void corrupted() {
        List<String> original = new ArrayList<>(lines);
        lines.remove(3);
        refused(problems(lines, false), 6, "the end line counts 5 entries but the file has 4");

        lines = new ArrayList<>(original);
        lines.set(2, lines.get(2).replace("number 2", "number 7"));
        refused(problems(lines, false), 7, "the SHA-256 checksum does not match");
    }

    @Test
    @DisplayName("anything after the end line")
    void afterTheEnd() {
        lines.add("{\"seq\":6}");
        refused(problems(lines, false), 8, "there is more after the end line");
    }

    @Test
    @DisplayName("many things wrong: each is listed with its line, and the message shows the first ones")
    void everyProblemListed() {
        edit(1, entry -> entry.put("kind", "gossip"));
        edit(2, entry -> entry.put("wallTime", "soon"));
        edit(3, entry -> entry.put("body", 3));
        JournalFileException refused = assertThrows(JournalFileException.class,
                () -> JournalFiles.read(stream(lines, true)));
        assertEquals(List.of(2L, 3L, 4L), refused.problems().stream().map(JournalFileException.Problem::line).toList());
        assertTrue(refused.getMessage().startsWith("not a valid journal file: line 2: kind must be one of"),
                refused.getMessage());
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Asserts one of the problems is on that line and says that; then tries the import, which must fail. */
    private void refused(List<JournalFileException.Problem> problems, long line, String says) {
        boolean found = problems.stream().anyMatch(problem -> problem.line() == line && problem.what().contains(says));
        assertTrue(found, "expected line " + line + ": ..." + says + "... among " + problems);
    }

    /** Reads the file as an import would: read, then store; returns why it was refused. */
    private List<JournalFileException.Problem> problems(InputStream file, long maxBytes) {
        try {
            JournalFiles.Imported imported = JournalFiles.read(file, maxBytes).asNew("imported-1");
            journal.importExercise(imported.exercise(), imported.entries());
        } catch (JournalFileException e) {
            assertTrue(!e.problems().isEmpty());
            return e.problems();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return fail("the file was accepted");
    }

    private List<JournalFileException.Problem> problems(List<String> file, boolean recomputeEnd) {
        return problems(stream(file, recomputeEnd), JournalFiles.DEFAULT_MAX_BYTES);
    }

    private void edit(int index, Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) JournalFiles.MAPPER.readTree(lines.get(index));
            change.accept(node);
            lines.set(index, JournalFiles.MAPPER.writeValueAsString(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream stream(List<String> file, boolean recomputeEnd) {
        return new ByteArrayInputStream(bytes(file, recomputeEnd));
    }

    /** The lines joined with newlines; with recomputeEnd, the last line is replaced by a correct end line. */
    private static byte[] bytes(List<String> file, boolean recomputeEnd) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int body = recomputeEnd ? file.size() - 1 : file.size();
            for (int i = 0; i < body; i++) {
                out.write((file.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (recomputeEnd) {
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
                out.write(("{\"end\":{\"entries\":" + (body - 1) + ",\"sha256\":\"" + sha + "\"}}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

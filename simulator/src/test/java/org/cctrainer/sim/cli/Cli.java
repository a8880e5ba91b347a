package org.cctrainer.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@link Main#run} in-process and keeps what it printed, for tests. */
record Cli(int status, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static Cli run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(argv, o, e);
        }
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Stdout parsed as exactly one JSON document (trailing text fails), after checking the run succeeded. */
    JsonNode json() {
        assertEquals(0, status, "exit status; stderr: " + err);
        assertEquals("", err, "nothing on stderr when all is well");
        try {
            return JSON.readTree(out);
        } catch (JsonProcessingException e) {
            throw new AssertionError("stdout is not one JSON document: " + e.getOriginalMessage() + "\n" + out, e);
        }
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The usage-error contract: status 2, one line on stderr naming the problem, nothing on stdout, no stack trace. */
    void assertUsageError(String... messageParts) {
        assertEquals(2, status, "exit status; stderr: " + err);
        assertEquals("", out, "nothing on stdout");
        assertFalse(err.contains("at org."), "no stack trace: " + err);
        assertFalse(err.contains("Exception"), "no exception names: " + err);
        List<String> lines = errLines();
        assertEquals(1, lines.size(), "exactly one line on stderr, got:\n" + err);
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        for (String part : messageParts) {
            assertTrue(lines.get(0).contains(part), "the error should say '" + part + "': " + lines.get(0));
        }
    }
}

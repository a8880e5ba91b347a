package org.cctrainer.backend.faults;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cctrainer.backend.RunningTrainer;

/**
 * What the fault tests hold every answer to, and the problems they found, collected rather
 * than thrown at the first one so a run reports every kind of failure it met.
 */
final class Verdicts {
    /** The statuses a refusal may have (docs/api.md); 405 and 500 are never the answer to a JSON route's POST. */
    static final Set<Integer> STATUSES = Set.of(200, 201, 400, 401, 403, 404, 409, 413, 429);
    /** Signs of an exception or of the code behind it reaching a client. */
    static final List<String> LEAKS = List.of("Exception", "at org.", "java.", "\tat ", "com.fasterxml.", "io.vertx.",
            "io.netty.", "org.cctrainer.");
    /** The error codes the stream documents (docs/protocol.md), for frames and for commands. */
    static final Set<String> STREAM_CODES = Set.of("malformed-json", "missing-type", "unknown-type", "binary-frame",
            "wrong-role", "rate-limited", "bad-command", "unknown-action", "refused", "not-found", "duplicate-id",
            "wrong-state");
    private static final int SHOWN = 60;

    private final String name;
    private final List<String> shown = new ArrayList<>();
    private int count;
    final Map<String, Integer> tally = new TreeMap<>();

    Verdicts(String name) {
        this.name = name;
    }

    void problem(String what) {
        count++;
        if (shown.size() < SHOWN) {
            shown.add(what);
        }
    }

    int problems() {
        return count;
    }

    void count(String what) {
        tally.merge(what, 1, Integer::sum);
    }

    String report() {
        return name + ": " + count + " problem(s)" + (count == 0 ? "" : ":\n  " + String.join("\n  ", shown)
                + (count > shown.size() ? "\n  … and " + (count - shown.size()) + " more" : ""));
    }

    /**
     * Jackson's own words in the journal import's "not JSON" message name one of its classes; a
     * known bug (WireFuzzTest.importMessagesNameNoClasses), tolerated here so the fuzz looks past it.
     */
    static final String KNOWN_JACKSON_CLASS = "(bound as `com.fasterxml.jackson.databind.JsonNode`)";

    /** A leak in {@code text} that {@code input} did not itself contain (an echo of the input is not a leak). */
    static String leak(String text, String input, String... secrets) {
        text = text.replace(KNOWN_JACKSON_CLASS, "(known bug)");
        for (String sign : LEAKS) {
            if (text.contains(sign) && (input == null || !input.contains(sign))) {
                return sign;
            }
        }
        for (String secret : secrets) {
            if (secret != null && text.contains(secret)) {
                return "a secret";
            }
        }
        return null;
    }

    /** A short, printable excerpt of an input for a report. */
    static String excerpt(byte[] input) {
        return excerpt(new String(input, StandardCharsets.UTF_8));
    }

    static String excerpt(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 160; i++) {
            char c = text.charAt(i);
            out.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out + (text.length() > 160 ? "…(" + text.length() + " chars)" : "");
    }

    // ---- reading the trainer ----------------------------------------------------------------------

    /** {@code cctrainer_websocket_connections} from /metrics. */
    static int connections(RunningTrainer trainer) throws Exception {
        String metrics = trainer.call(HttpMethod.GET, "/metrics", null, null).body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("cctrainer_websocket_connections ")) {
                return (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim());
            }
        }
        throw new AssertionError("no cctrainer_websocket_connections in /metrics");
    }

    /** Waits (up to 10 s) for the connections gauge to read {@code expected}; returns what it last read. */
    /**
     * Waits for the connection count to settle. A client that vanished without a word is only
     * found out when writes to it back up: after 40 skipped ticks, which is 10 s at 4 ticks a
     * second but 40 s if its exercise is paused. Hence a minute's patience.
     */
    static int awaitConnections(RunningTrainer trainer, int expected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int now = connections(trainer);
        while (now != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = connections(trainer);
        }
        return now;
    }

    static JsonObject exercise(RunningTrainer trainer, String id) throws Exception {
        RunningTrainer.Response response = trainer.call(HttpMethod.GET, "/api/exercises/" + id, null);
        if (response.status() != 200) {
            throw new AssertionError("exercise " + id + ": " + response);
        }
        return response.json();
    }

    static JsonObject debrief(RunningTrainer trainer, String id) throws Exception {
        RunningTrainer.Response response = trainer.call(HttpMethod.GET, "/api/exercises/" + id + "/debrief", null);
        if (response.status() != 200) {
            throw new AssertionError("debrief of " + id + ": " + response);
        }
        return response.json();
    }

    /** The debrief's timeline lines of one kind ("command", "refused", "note", "incident"), their texts. */
    static List<String> timeline(JsonObject debrief, String kind) {
        List<String> texts = new ArrayList<>();
        JsonArray lines = debrief.getJsonArray("timeline");
        for (int i = 0; i < lines.size(); i++) {
            JsonObject line = lines.getJsonObject(i);
            if (kind.equals(line.getString("kind"))) {
                texts.add(line.getString("text"));
            }
        }
        return texts;
    }

    /**
     * Checks that the command lines of a debrief are exactly the acknowledged commands (each
     * line is an ack's message, with the rationale after it), that the refused lines number
     * the refusals the centre made, and that every accepted intervention is one that was acked.
     */
    static void commandsMatch(Verdicts verdicts, JsonObject debrief, List<JsonObject> acks, int centreRefusals) {
        List<String> lines = timeline(debrief, "command");
        List<String> messages = new ArrayList<>(acks.stream().map(a -> a.getString("message")).toList());
        if (lines.size() != messages.size()) {
            verdicts.problem("the debrief has " + lines.size() + " command lines but " + messages.size() + " commands were acked");
        }
        for (String line : lines) {
            String match = messages.stream().filter(m -> line.equals(m) || line.startsWith(m + " — ")).findFirst().orElse(null);
            if (match == null) {
                verdicts.problem("a command on the timeline that no ack announced: " + excerpt(line));
            } else {
                messages.remove(match);
            }
        }
        int refused = timeline(debrief, "refused").size();
        if (refused != centreRefusals) {
            verdicts.problem("the debrief has " + refused + " refused lines but the centre refused " + centreRefusals);
        }
        Set<String> acked = new java.util.HashSet<>(acks.stream().map(a -> String.valueOf(a.getValue("id"))).toList());
        JsonArray interventions = debrief.getJsonArray("interventions");
        for (int i = 0; i < interventions.size(); i++) {
            JsonObject item = interventions.getJsonObject(i);
            if (item.getBoolean("accepted", false) && !acked.contains(String.valueOf(item.getValue("id")))) {
                verdicts.problem("an accepted intervention that was never acked: " + item.getValue("id"));
            }
        }
    }
}

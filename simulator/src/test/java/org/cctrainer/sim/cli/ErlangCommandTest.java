package org.cctrainer.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("erlang and staff print a planner's analytic answers as JSON")
class ErlangCommandTest {
    /** The figures ERLANG_HELP promises, plus what names the model and its inputs. */
    static final List<String> DOCUMENTED = List.of("model", "agents", "offeredLoadErlangs", "pWait", "pAbandon",
            "serviceLevel", "serviceLevelAnswered", "serviceLevelExcludingShortAbandons", "asaSeconds", "occupancy");

    static void assertDocumentedKeys(JsonNode output) {
        for (String key : DOCUMENTED) {
            assertTrue(output.has(key), "has " + key + ": " + output);
        }
    }

    static JsonNode erlang(String... flags) {
        String[] argv = new String[flags.length + 1];
        argv[0] = "erlang";
        System.arraycopy(flags, 0, argv, 1, flags.length);
        return Cli.run(argv).json();
    }

    @Test
    @DisplayName("the textbook example: 200 calls an hour, 3 minutes each, 14 agents → 17.4% wait, 88.8% in 20 s")
    void classicErlangC() {
        JsonNode out = erlang("--arrivals-per-hour", "200", "--aht", "180", "--agents", "14", "--threshold", "20");
        assertDocumentedKeys(out);
        assertEquals("erlang-c", out.get("model").asText());
        assertEquals(14, out.get("agents").asInt());
        assertEquals(10.0, out.get("offeredLoadErlangs").asDouble(), 1e-12);
        assertEquals(0.1741, out.get("pWait").asDouble(), 5e-5);
        assertEquals(0.888, out.get("serviceLevel").asDouble(), 5e-4);
        assertEquals(0.0, out.get("pAbandon").asDouble());
        assertEquals(out.get("serviceLevel").asDouble(), out.get("serviceLevelAnswered").asDouble(), 1e-12,
                "nobody abandons, so both formulas agree");
        assertEquals(10.0 / 14, out.get("occupancy").asDouble(), 1e-9);
        assertEquals(0.1741 * 180 / 4, out.get("asaSeconds").asDouble(), 0.01, "ASA = P(wait) × AHT ÷ (n − a)");
    }

    @Test
    @DisplayName("with --patience it is Erlang A: some callers abandon and fewer wait")
    void erlangA() {
        JsonNode out = erlang("--arrivals-per-hour", "200", "--aht", "180", "--agents", "14", "--threshold", "20",
                "--patience", "120");
        assertDocumentedKeys(out);
        assertEquals("erlang-a", out.get("model").asText());
        double pAbandon = out.get("pAbandon").asDouble();
        assertTrue(pAbandon > 0 && pAbandon < 0.1, "a few abandon: " + pAbandon);
        assertTrue(out.get("pWait").asDouble() < 0.1741, "abandons shorten the queue: " + out.get("pWait"));
        assertTrue(out.get("serviceLevelAnswered").asDouble() >= out.get("serviceLevel").asDouble(),
                "abandons count against serviceLevel but not serviceLevelAnswered");
    }

    @Test
    @DisplayName("staff finds 14 agents for 80% in 20 seconds in the textbook example")
    void staffClassic() {
        JsonNode out = Cli.run("staff", "--arrivals-per-hour", "200", "--aht", "180", "--target-sl", "0.8",
                "--threshold", "20").json();
        assertDocumentedKeys(out);
        assertEquals(14, out.get("agents").asInt());
        assertEquals(0.8, out.get("targetServiceLevel").asDouble());
        assertEquals(0.888, out.get("serviceLevel").asDouble(), 5e-4, "the figures at 14 agents");
        JsonNode thirteen = erlang("--arrivals-per-hour", "200", "--aht", "180", "--agents", "13", "--threshold", "20");
        assertTrue(thirteen.get("serviceLevel").asDouble() < 0.8, "13 would not do: " + thirteen.get("serviceLevel"));
    }

    @Test
    @DisplayName("staff with --patience uses Erlang A; callers patient for 2 minutes need no more agents than Erlang C says")
    void staffWithPatience() {
        JsonNode out = Cli.run("staff", "--arrivals-per-hour", "200", "--aht", "180", "--target-sl", "0.8",
                "--threshold", "20", "--patience", "120").json();
        assertDocumentedKeys(out);
        assertEquals("erlang-a", out.get("model").asText());
        assertTrue(out.get("agents").asInt() <= 14, out.toString());
        assertTrue(out.get("serviceLevel").asDouble() >= 0.8, out.toString());
    }
}

package org.cctrainer.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("simulate prints one JSON object of KPIs for a scenario day or a single what-if queue")
class SimulateCommandTest {
    static final List<String> FIGURES = List.of("offered", "answered", "answeredWithinThreshold", "abandoned",
            "abandonedWithinThreshold", "waited", "meanWaitAnsweredSeconds", "serviceLevel", "abandonRate",
            "occupancy");

    static final String[] SINGLE_QUEUE = {"simulate", "--arrivals-per-hour", "600", "--aht", "180", "--patience",
        "120", "--agents", "33", "--threshold", "20", "--hours", "20", "--warmup-hours", "1", "--seed", "3"};

    static void assertFigures(JsonNode figures, String what) {
        for (String key : FIGURES) {
            assertTrue(figures.has(key), what + " has " + key + ": " + figures);
        }
    }

    /** The output without its one wall-clock figure, which is the only thing allowed to differ between runs. */
    static JsonNode withoutWallTime(JsonNode output) {
        ObjectNode copy = output.deepCopy();
        copy.remove("wallSeconds");
        return copy;
    }

    @Nested
    @DisplayName("a scenario day")
    class ScenarioDay {
        private final JsonNode output = Cli.run("simulate", "--scenario", "free-practice", "--seed", "7", "--hours", "1")
                .json();

        @Test
        @DisplayName("lists every queue by id, each with the KPI figures")
        void queues() {
            JsonNode queues = output.get("queues");
            assertTrue(queues.isArray(), output.toString());
            List<String> ids = new ArrayList<>();
            for (JsonNode queue : queues) {
                ids.add(queue.get("id").asText());
                assertFigures(queue, "queue " + queue.get("id"));
            }
            assertEquals(List.of("billing", "support", "webchat", "email"), ids);
        }

        @Test
        @DisplayName("gives a total with the same figures, adding up the queues' counts")
        void total() {
            JsonNode total = output.get("total");
            assertFigures(total, "the total");
            for (String count : List.of("offered", "answered", "abandoned", "waited")) {
                long sum = 0;
                for (JsonNode queue : output.get("queues")) {
                    sum += queue.get(count).asLong();
                }
                assertEquals(sum, total.get(count).asLong(), count);
            }
            assertTrue(total.get("offered").asLong() > 150, "an hour of four queues is busy: " + total);
        }

        @Test
        @DisplayName("says how many events ran and how long it took, and which run it was")
        void runFacts() {
            assertTrue(output.get("events").isIntegralNumber() && output.get("events").asLong() > 0, output.toString());
            assertTrue(output.get("wallSeconds").isNumber() && output.get("wallSeconds").asDouble() >= 0);
            assertEquals("free-practice", output.get("scenario").asText());
            assertEquals(7, output.get("seed").asLong());
            assertEquals(1.0, output.get("hours").asDouble());
        }

        @Test
        @DisplayName("is the same day again with the same seed")
        void deterministic() {
            JsonNode again = Cli.run("simulate", "--scenario", "free-practice", "--seed", "7", "--hours", "1").json();
            assertEquals(withoutWallTime(output), withoutWallTime(again));
        }

        @Test
        @DisplayName("runs the whole scenario when --hours is left out")
        void wholeDay() {
            JsonNode day = Cli.run("simulate", "--scenario", "volume-surge", "--seed=11").json();
            assertEquals(5.0, day.get("hours").asDouble());
            assertEquals("volume-surge", day.get("scenario").asText());
        }
    }

    @Nested
    @DisplayName("the single what-if queue")
    class SingleQueue {
        private final JsonNode output = Cli.run(SINGLE_QUEUE).json();

        @Test
        @DisplayName("follows every measured contact to its end: offered = answered + abandoned, none left waiting")
        void conservation() {
            for (JsonNode figures : List.of(output.get("queues").get(0), output.get("total"))) {
                long offered = figures.get("offered").asLong();
                long answered = figures.get("answered").asLong();
                long abandoned = figures.get("abandoned").asLong();
                assertEquals(offered, answered + abandoned, figures.toString());
                assertEquals(0, figures.get("waitingAtEnd").asLong(), figures.toString());
                assertTrue(figures.get("answeredWithinThreshold").asLong() <= answered);
                assertTrue(figures.get("abandonedWithinThreshold").asLong() <= abandoned);
                assertTrue(figures.get("waited").asLong() <= offered);
            }
        }

        @Test
        @DisplayName("computes service level as answered within threshold ÷ (answered + abandoned)")
        void serviceLevel() {
            JsonNode total = output.get("total");
            double expected = total.get("answeredWithinThreshold").asDouble()
                    / (total.get("answered").asDouble() + total.get("abandoned").asDouble());
            assertEquals(expected, total.get("serviceLevel").asDouble(), 1e-12);
            assertEquals(total.get("abandoned").asDouble() / total.get("offered").asDouble(),
                    total.get("abandonRate").asDouble(), 1e-12);
        }

        @Test
        @DisplayName("measures only the 20 hours after the warm-up: about 12,000 calls")
        void measuredSpan() {
            long offered = output.get("total").get("offered").asLong();
            assertTrue(offered > 11_500 && offered < 12_500, "600 an hour for 20 hours, got " + offered);
            assertEquals(1, output.get("queues").size());
            assertEquals(20.0, output.get("hours").asDouble());
            assertEquals(1.0, output.get("warmupHours").asDouble());
            assertEquals(3, output.get("seed").asLong());
        }

        @Test
        @DisplayName("gives identical output, bar the wall time, for the same seed")
        void sameSeed() {
            JsonNode again = Cli.run(SINGLE_QUEUE).json();
            assertEquals(withoutWallTime(output), withoutWallTime(again));
        }

        @Test
        @DisplayName("gives a different day for another seed")
        void otherSeed() {
            String[] argv = SINGLE_QUEUE.clone();
            argv[argv.length - 1] = "4";
            JsonNode other = Cli.run(argv).json();
            assertNotEquals(output.get("total"), other.get("total"));
        }

        @Test
        @DisplayName("without --patience nobody abandons")
        void noPatience() {
            JsonNode total = Cli.run("simulate", "--arrivals-per-hour", "100", "--aht", "180", "--agents", "8",
                    "--threshold", "20", "--hours", "5", "--seed", "1").json().get("total");
            assertEquals(0, total.get("abandoned").asLong());
            assertEquals(total.get("offered").asLong(), total.get("answered").asLong());
        }
    }
}

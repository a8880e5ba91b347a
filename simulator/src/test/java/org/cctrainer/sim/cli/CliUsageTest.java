package org.cctrainer.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The command line explains itself, and answers bad input with one clear line")
class CliUsageTest {

    static String fixture(String name) {
        try {
            return Path.of(CliUsageTest.class.getClassLoader().getResource("scenarios-bad/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    @DisplayName("--help")
    class Help {
        @ParameterizedTest(name = "{0} --help")
        @CsvSource({
            "simulate, 'simulate --scenario FILE|ID [--seed N]'",
            "erlang,   'erlang --arrivals-per-hour L --aht S'",
            "staff,    'staff --arrivals-per-hour L --aht S'",
            "bench,    'bench [--workload w1|bare|w2|all]'",
        })
        @DisplayName("each command prints its usage and exits 0")
        void commandHelp(String command, String usage) {
            Cli cli = Cli.run(command, "--help");
            assertEquals(0, cli.status());
            assertTrue(cli.out().startsWith(usage), cli.out());
            assertEquals("", cli.err());
        }

        @Test
        @DisplayName("help anywhere among the flags wins over running the command")
        void helpAmongFlags() {
            Cli cli = Cli.run("erlang", "--aht", "180", "-h");
            assertEquals(0, cli.status());
            assertTrue(cli.out().startsWith("erlang --arrivals-per-hour"), cli.out());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"--help", "-h", "help"})
        @DisplayName("the program's own help lists the commands and exits 0")
        void programHelp(String flag) {
            Cli cli = Cli.run(flag);
            assertEquals(0, cli.status());
            for (String command : new String[] {"simulate", "erlang", "staff", "bench"}) {
                assertTrue(cli.out().contains("  " + command + " "), cli.out());
            }
            assertEquals("", cli.err());
        }

        @Test
        @DisplayName("with no command at all it says what to give, on stderr, and exits 2: nothing was done")
        void noCommand() {
            Cli.run().assertUsageError("give a command", "--help");
        }
    }

    static final String[] ERLANG = {"erlang", "--arrivals-per-hour", "200", "--aht", "180", "--agents", "14",
        "--threshold", "20"};

    static String[] erlangWith(String flag, String value) {
        String[] argv = ERLANG.clone();
        for (int i = 1; i < argv.length; i += 2) {
            if (argv[i].equals(flag)) {
                argv[i + 1] = value;
            }
        }
        return argv;
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an unknown command", new String[] {"simulat", "--seed", "1"},
                        new String[] {"unknown command 'simulat'", "simulate, erlang, staff, bench"}),
                Arguments.of("an unknown flag", new String[] {"erlang", "--agnets", "14"},
                        new String[] {"unknown flag --agnets for erlang", "--agents"}),
                Arguments.of("a missing flag", new String[] {"erlang", "--arrivals-per-hour", "200", "--aht", "180",
                    "--threshold", "20"}, new String[] {"erlang needs --agents"}),
                Arguments.of("a what-if queue without a seed", new String[] {"simulate", "--arrivals-per-hour", "600",
                    "--aht", "180", "--agents", "33", "--threshold", "20", "--hours", "1"},
                        new String[] {"simulate needs --seed"}),
                Arguments.of("a word for a number", erlangWith("--aht", "abc"),
                        new String[] {"--aht must be a number, got 'abc'"}),
                Arguments.of("a fraction for a head count", erlangWith("--agents", "2.5"),
                        new String[] {"--agents must be a whole number, got '2.5'"}),
                Arguments.of("no agents", erlangWith("--agents", "0"),
                        new String[] {"--agents must be between 1 and 100000, got 0"}),
                Arguments.of("a negative arrival rate", erlangWith("--arrivals-per-hour", "-5"),
                        new String[] {"--arrivals-per-hour must be between"}),
                Arguments.of("NaN for a number", erlangWith("--aht", "NaN"), new String[] {"--aht must be between"}),
                Arguments.of("a service-level target above 1", new String[] {"staff", "--arrivals-per-hour", "200",
                    "--aht", "180", "--target-sl", "80", "--threshold", "20"},
                        new String[] {"--target-sl must be between 0.001 and 0.999, got 80"}),
                Arguments.of("a flag without a value at the end", new String[] {"erlang", "--arrivals-per-hour", "200",
                    "--aht"}, new String[] {"--aht needs a value"}),
                Arguments.of("a flag followed by another flag", new String[] {"erlang", "--aht", "--agents", "14"},
                        new String[] {"--aht needs a value"}),
                Arguments.of("a repeated flag", new String[] {"simulate", "--scenario", "free-practice", "--seed", "1",
                    "--seed", "2"}, new String[] {"--seed is given twice"}),
                Arguments.of("a value without a flag", new String[] {"simulate", "free-practice", "--seed", "1"},
                        new String[] {"unexpected argument 'free-practice'"}),
                Arguments.of("--hours beyond the scenario", new String[] {"simulate", "--scenario", "free-practice",
                    "--seed", "1", "--hours", "9"}, new String[] {"--hours must be between 0.01 and 8, got 9"}),
                Arguments.of("an unstable queue (load ≥ agents, nobody abandons)", new String[] {"simulate",
                    "--arrivals-per-hour", "600", "--aht", "180", "--agents", "30", "--threshold", "20", "--hours", "1",
                    "--seed", "1"}, new String[] {"offered load 30.00 Erlangs needs more than 30 agents", "--patience"}),
                Arguments.of("single-queue flags with --scenario", new String[] {"simulate", "--scenario",
                    "free-practice", "--seed", "1", "--agents", "10"},
                        new String[] {"--agents is for the single-queue form"}),
                Arguments.of("a seed too big for a whole number", new String[] {"simulate", "--scenario",
                    "free-practice", "--seed", "99999999999999999999"}, new String[] {"--seed must be a whole number"}),
                Arguments.of("an unknown benchmark workload", new String[] {"bench", "--workload", "w3"},
                        new String[] {"--workload must be w1, bare, w2 or all, got 'w3'"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @DisplayName("bad input exits 2 with one 'error:' line naming the problem, and nothing on stdout")
    void rejects(String what, String[] argv, String[] messageParts) {
        Cli.run(argv).assertUsageError(messageParts);
    }

    @Nested
    @DisplayName("scenario files")
    class ScenarioFiles {
        @Test
        @DisplayName("a missing scenario file is one line naming the file and the built-in ids")
        void missingFile() {
            // Fails today: the ScenarioException message is "nope.yaml: 1 problem(s):\n  no such file…",
            // so stderr gets two lines even for a single problem.
            Cli.run("simulate", "--scenario", "nope.yaml", "--seed", "1")
                    .assertUsageError("nope.yaml", "no such file", "free-practice, volume-surge");
        }

        @Test
        @DisplayName("an invalid scenario file is one line naming the line and field at fault")
        void invalidFile() {
            Cli.run("simulate", "--scenario", fixture("typo.yaml"), "--seed", "1")
                    .assertUsageError("typo.yaml", "line 8, queues[0].priorty: unknown field");
        }

        @Test
        @DisplayName("a file with several problems still gives one line, naming the first")
        void severalProblems() {
            Cli.run("simulate", "--scenario", fixture("several-problems.yaml"), "--seed", "1")
                    .assertUsageError("several-problems.yaml", "line 7, queues[0].channel");
        }

        @Test
        @DisplayName("a file the reader trips over is still a usage error, not an unexpected failure")
        void readerCrash() {
            // Fails today: exit 1 and "error: unexpected failure: java.lang.IllegalArgumentException: agent id
            // must not be blank" (see ScenarioErrorsTest blankAgentId).
            Cli.run("simulate", "--scenario", fixture("blank-agent-id.yaml"), "--seed", "1")
                    .assertUsageError("blank-agent-id.yaml", "agents[0].id");
        }
    }
}

package org.cctrainer.sim.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.cctrainer.sim.bench.Benchmark;

/**
 * The simulator's command line: {@code simulate}, {@code erlang}, {@code staff}, {@code bench}.
 * Results go to stdout as JSON; a usage error is one line on stderr and exit status 2; nothing
 * ever prints a stack trace at a user.
 */
public final class Main {
    static final String HELP = """
            cc-simulator: the cc-trainer contact-centre simulator

              simulate   run a scenario day (or a single what-if queue) and print its KPIs as JSON
              erlang     Erlang C / Erlang A figures for a queue
              staff      the fewest agents that reach a service-level target
              bench      the throughput benchmark (W1, W2 and a bare event loop for comparison)

            java -jar cc-simulator.jar <command> --help   for a command's flags
            """;

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs the CLI; returns the exit status (0 ok, 2 bad input, 1 unexpected failure). */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0) {
            err.println("error: give a command: simulate, erlang, staff or bench (try --help)");
            return 2;
        }
        if (isHelp(argv[0]) || argv[0].equals("help")) {
            out.print(HELP);
            return 0;
        }
        String command = argv[0];
        boolean help = Arrays.stream(argv).skip(1).anyMatch(Main::isHelp);
        try {
            switch (command) {
                case "simulate" -> out.println(help ? SimulateCommand.HELP
                        : SimulateCommand.run(Args.parse(command, argv, 1, SimulateCommand.FLAGS)));
                case "erlang" -> out.println(help ? ErlangCommand.ERLANG_HELP
                        : ErlangCommand.erlang(Args.parse(command, argv, 1, ErlangCommand.ERLANG_FLAGS)));
                case "staff" -> out.println(help ? ErlangCommand.STAFF_HELP
                        : ErlangCommand.staff(Args.parse(command, argv, 1, ErlangCommand.STAFF_FLAGS)));
                case "bench" -> {
                    if (help) {
                        out.println(Benchmark.HELP);
                    } else {
                        Args args = Args.parse(command, argv, 1, List.of("repeat", "workload"));
                        String workload = args.has("workload") ? args.text("workload") : "all";
                        if (!List.of("w1", "bare", "w2", "all").contains(workload)) {
                            throw new UsageException("--workload must be w1, bare, w2 or all, got '" + workload + "'");
                        }
                        Benchmark.run(workload, args.has("repeat") ? args.integer("repeat", 1, 50) : 3, out);
                    }
                }
                default -> throw new UsageException("unknown command '" + command
                        + "'; commands: simulate, erlang, staff, bench (try --help)");
            }
            return 0;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("error: unexpected failure: " + e);
            return 1;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }
}

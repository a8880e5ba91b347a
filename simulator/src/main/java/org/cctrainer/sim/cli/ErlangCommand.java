package org.cctrainer.sim.cli;

import java.util.List;
import java.util.Map;
import org.cctrainer.sim.erlang.QueueFigures;
import org.cctrainer.sim.erlang.QueueModel;
import org.cctrainer.sim.erlang.QueueingModels;
import org.cctrainer.sim.erlang.Staffing;
import org.cctrainer.sim.erlang.StaffingResult;

/** {@code erlang} and {@code staff}: the analytic answers (Erlang C, or Erlang A with patience). */
final class ErlangCommand {
    static final List<String> ERLANG_FLAGS = List.of("arrivals-per-hour", "aht", "patience", "agents", "threshold",
            "short-abandon");
    static final List<String> STAFF_FLAGS = List.of("arrivals-per-hour", "aht", "patience", "target-sl", "threshold",
            "short-abandon");

    static final String ERLANG_HELP = """
            erlang --arrivals-per-hour L --aht S [--patience S] --agents N --threshold T [--short-abandon S]

              Steady-state figures of a queue: Erlang C (M/M/n) without --patience, Erlang A (M/M/n+M)
              with it. Prints JSON: pWait, pAbandon, serviceLevel (answered within T ÷ (answered +
              abandoned)), serviceLevelAnswered (÷ answered), serviceLevelExcludingShortAbandons
              (÷ answered + abandoned after --short-abandon seconds, default 5), asaSeconds, occupancy.
            """;

    static final String STAFF_HELP = """
            staff --arrivals-per-hour L --aht S [--patience S] --target-sl F --threshold T [--short-abandon S]

              The fewest agents whose service level (answered within T ÷ (answered + abandoned)) reaches
              --target-sl (a fraction, e.g. 0.8), and the figures at that staffing, as JSON.
            """;

    private ErlangCommand() {
    }

    static String erlang(Args args) throws UsageException {
        QueueModel model = model(args, args.integer("agents", 1, 100_000));
        Map<String, Object> out = figures(model, QueueingModels.figures(model));
        return Json.write(out);
    }

    static String staff(Args args) throws UsageException {
        double target = args.number("target-sl", 0.001, 0.999);
        QueueModel model = model(args, 1);
        StaffingResult result;
        try {
            result = Staffing.fewestAgents(model, target);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Object> out = Json.object();
        out.put("agents", result.agents());
        out.put("targetServiceLevel", target);
        out.putAll(figures(model.withAgents(result.agents()), result.figures()));
        return Json.write(out);
    }

    private static QueueModel model(Args args, int agents) throws UsageException {
        double arrivals = args.number("arrivals-per-hour", 0.001, 10_000_000);
        double aht = args.number("aht", 0.001, 86_400);
        double patience = args.number("patience", Double.POSITIVE_INFINITY, 0.001, 86_400 * 7);
        double threshold = args.number("threshold", 0, 86_400 * 7);
        double shortAbandon = args.number("short-abandon", 5, 0, 3600);
        return new QueueModel(arrivals, aht, patience, agents, threshold, shortAbandon);
    }

    private static Map<String, Object> figures(QueueModel model, QueueFigures f) {
        Map<String, Object> out = Json.object();
        out.put("model", model.hasAbandonment() ? "erlang-a" : "erlang-c");
        out.put("agents", f.agents());
        out.put("offeredLoadErlangs", model.offeredLoadErlangs());
        out.put("pWait", Json.number(f.pWait()));
        out.put("pAbandon", Json.number(f.pAbandon()));
        out.put("serviceLevel", Json.number(f.serviceLevel()));
        out.put("serviceLevelAnswered", Json.number(f.serviceLevelAnswered()));
        out.put("serviceLevelExcludingShortAbandons", Json.number(f.serviceLevelExcludingShortAbandons()));
        out.put("asaSeconds", Json.number(f.asaSeconds()));
        out.put("occupancy", Json.number(f.occupancy()));
        return out;
    }
}

package org.cctrainer.sim.scenario;

import java.util.List;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.random.Distribution;

/** Reads {distribution: exponential|lognormal|fixed|none, meanSeconds, cv}. */
final class DistributionReader {
    static final List<String> KINDS = List.of("exponential", "lognormal", "fixed", "none");

    private DistributionReader() {
    }

    static Distribution read(FieldReader parent, String field, Distribution fallback, double maxMean) {
        return read(parent, field, fallback, maxMean, true);
    }

    /** As above; {@code allowNone} false for work (handle time, wrap-up), which must end. */
    static Distribution read(FieldReader parent, String field, Distribution fallback, double maxMean,
                             boolean allowNone) {
        FieldReader reader = parent.child(field);
        if (reader == null) {
            if (!parent.has(field) && fallback == null) {
                parent.problems().add(parent.at(field), "is required, e.g. {distribution: lognormal, meanSeconds: 300, cv: 0.8}");
            }
            return fallback;
        }
        List<String> kinds = allowNone ? KINDS : KINDS.subList(0, 3);
        String kind = reader.choice("distribution", null, kinds);
        if (kind == null && !reader.has("distribution")) {
            reader.problems().add(reader.at("distribution"), "is required: one of " + String.join(", ", kinds));
        }
        if (kind == null || kind.equals("none")) {
            // No (valid) distribution: its parameters are not the problem, so do not report them as unknown.
            reader.has("meanSeconds");
            reader.has("cv");
        }
        Distribution result = fallback;
        if ("none".equals(kind)) {
            result = new Distribution.None();
        } else if (kind != null) {
            double min = kind.equals("fixed") ? 0 : 0.001;
            double mean = reader.requiredNumber("meanSeconds", min, maxMean);
            double cv = kind.equals("lognormal") ? reader.number("cv", 1.0, 0.01, 5) : 1;
            if (!Double.isNaN(mean)) {
                result = switch (kind) {
                    case "exponential" -> new Distribution.Exponential(mean);
                    case "lognormal" -> new Distribution.LogNormal(mean, cv);
                    default -> new Distribution.Fixed(mean);
                };
            }
        }
        reader.finish();
        return result;
    }
}

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
        FieldReader reader = parent.child(field);
        if (reader == null) {
            if (!parent.has(field) && fallback == null) {
                parent.problems().add(parent.at(field), "is required, e.g. {distribution: lognormal, meanSeconds: 300, cv: 0.8}");
            }
            return fallback;
        }
        String kind = reader.choice("distribution", null, KINDS);
        if (kind == null && !reader.has("distribution")) {
            reader.problems().add(reader.at("distribution"), "is required: one of " + String.join(", ", KINDS));
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

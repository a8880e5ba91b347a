package org.cctrainer.sim.scenario;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.model.CallbackPolicy;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.Forecast;
import org.cctrainer.sim.model.IvrPolicy;
import org.cctrainer.sim.model.Overflow;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.ServiceLevelDefinition;
import org.cctrainer.sim.model.Sla;
import org.cctrainer.sim.random.Distribution;

/** Reads one entry of a scenario's {@code queues:} list. Cross-queue references are checked by the caller. */
final class QueueReader {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final List<String> CHANNELS = List.of("voice", "chat", "email");
    private static final List<String> SL_DEFINITIONS = List.of("answered-and-abandoned", "answered",
            "exclude-short-abandons");

    private QueueReader() {
    }

    static QueueConfig read(FieldReader r, double dayHours) {
        String id = r.requiredText("id");
        if (id != null && !ID.matcher(id).matches()) {
            r.problems().add(r.at("id"), "must be 1–40 lower-case letters, digits or dashes (got '" + id + "')");
        }
        String name = r.text("name", id);
        String channelName = r.choice("channel", null, CHANNELS);
        if (channelName == null && !r.has("channel")) {
            r.problems().add(r.at("channel"), "is required: one of " + String.join(", ", CHANNELS));
        }
        Channel channel = channelName == null ? Channel.VOICE : Channel.valueOf(channelName.toUpperCase(Locale.ROOT));
        int priority = r.integer("priority", 5, QueueConfig.MIN_PRIORITY, QueueConfig.MAX_PRIORITY);
        Sla sla = readSla(r, channel);
        ServiceLevelDefinition definition = ServiceLevelDefinition.fromWireName(
                r.choice("serviceLevel", "answered-and-abandoned", SL_DEFINITIONS));
        double shortAbandon = r.number("shortAbandonSeconds", 5, 0, 120);
        double maxMean = channel == Channel.EMAIL ? 8 * 3600 : 3600;
        Distribution handle = DistributionReader.read(r, "handleTime", null, maxMean, false);
        Distribution wrap = DistributionReader.read(r, "wrapUp", new Distribution.Fixed(0), 1800, false);
        Distribution patience = DistributionReader.read(r, "patience",
                channel == Channel.EMAIL ? new Distribution.None() : new Distribution.Exponential(180), 24 * 3600);
        if (channel == Channel.EMAIL && !(patience instanceof Distribution.None)) {
            r.problems().add(r.at("patience"), "email/back-office work is never abandoned: leave patience out");
            patience = new Distribution.None();
        }
        int concurrency = r.integer("concurrency", channel == Channel.CHAT ? 2 : 1, 1, 10);
        if (channel != Channel.CHAT && concurrency != 1) {
            r.problems().add(r.at("concurrency"), "only chat queues have concurrency above 1");
            concurrency = 1;
        }
        Overflow overflow = readOverflow(r);
        CallbackPolicy callback = readCallback(r);
        IvrPolicy ivr = readIvr(r);
        double repeatDelay = r.number("repeatDelayMinutes", 120, 1, 24 * 60) * 60;
        Forecast forecast = readForecast(r, dayHours);
        r.finish();
        if (id == null || id.isBlank() || handle == null || sla == null || forecast == null) {
            return null;
        }
        return new QueueConfig(id, name, channel, priority, sla, definition, shortAbandon, handle, wrap, patience,
                concurrency, overflow, callback, ivr, forecast, new Distribution.Exponential(repeatDelay));
    }

    private static Sla readSla(FieldReader parent, Channel channel) {
        FieldReader r = parent.child("sla");
        if (r == null) {
            if (!parent.has("sla")) {
                parent.problems().add(parent.at("sla"), "is required, e.g. {target: 0.8, thresholdSeconds: 20}");
            }
            return null;
        }
        double target = r.requiredNumber("target", 0.01, 1);
        double threshold = r.requiredNumber("thresholdSeconds", 1, channel == Channel.EMAIL ? 7 * 24 * 3600 : 3600);
        r.finish();
        return Double.isNaN(target) || Double.isNaN(threshold) ? null : new Sla(target, threshold);
    }

    private static Overflow readOverflow(FieldReader parent) {
        FieldReader r = parent.child("overflow");
        if (r == null) {
            return null;
        }
        double after = r.requiredNumber("afterSeconds", 0, 3600);
        List<String> to = r.texts("to");
        if (to.isEmpty()) {
            r.problems().add(r.at("to"), "needs at least one queue id to overflow to");
        }
        r.finish();
        return Double.isNaN(after) || to.isEmpty() ? null : new Overflow(after, to);
    }

    private static CallbackPolicy readCallback(FieldReader parent) {
        FieldReader r = parent.child("callback");
        if (r == null) {
            return CallbackPolicy.DEFAULT;
        }
        CallbackPolicy policy = new CallbackPolicy(r.bool("offered", false),
                r.number("takeRate", CallbackPolicy.DEFAULT.takeRate(), 0, 1),
                r.number("deadlineMinutes", CallbackPolicy.DEFAULT.deadlineSeconds() / 60, 1, 24 * 60) * 60);
        r.finish();
        return policy;
    }

    private static IvrPolicy readIvr(FieldReader parent) {
        FieldReader r = parent.child("ivr");
        if (r == null) {
            return IvrPolicy.NONE;
        }
        IvrPolicy policy = new IvrPolicy(r.bool("messageOn", false), r.text("message", ""),
                r.number("messageResolveShare", IvrPolicy.NONE.messageResolveShare(), 0, 1),
                r.bool("deflectionOn", false), r.text("deflectTo", null),
                r.number("deflectShare", IvrPolicy.NONE.deflectShare(), 0, 1));
        r.finish();
        return policy;
    }

    private static Forecast readForecast(FieldReader parent, double dayHours) {
        FieldReader r = parent.child("forecast");
        if (r == null) {
            if (!parent.has("forecast")) {
                parent.problems().add(parent.at("forecast"),
                        "is required: {intervalMinutes: 15, volumes: [...]} or {perHour: 120}");
            }
            return null;
        }
        double interval = r.number("intervalMinutes", 15, 5, 60) * 60;
        double repeatShare = r.number("repeatShare", 0, 0, 0.9);
        boolean hasVolumes = r.has("volumes");
        boolean hasRate = r.has("perHour");
        Forecast forecast = null;
        if (hasVolumes == hasRate) {
            r.problems().add(r.path(), hasVolumes ? "give either volumes (contacts per interval) or perHour (a flat rate), not both"
                    : "needs volumes (contacts per interval) or perHour (a flat rate)");
        } else if (hasVolumes) {
            List<Double> volumes = r.numbers("volumes", 0, 100_000);
            if (volumes.isEmpty()) {
                r.problems().add(r.at("volumes"), "needs at least one interval's volume");
            } else {
                forecast = new Forecast(interval, volumes.stream().mapToDouble(Double::doubleValue).toArray(),
                        repeatShare);
            }
        } else {
            double perHour = r.number("perHour", 0, 0, 400_000);
            int intervals = (int) Math.ceil(dayHours * 3600 / interval);
            double[] volumes = new double[Math.max(1, intervals)];
            java.util.Arrays.fill(volumes, perHour * interval / 3600);
            forecast = new Forecast(interval, volumes, repeatShare);
        }
        r.finish();
        return forecast;
    }
}

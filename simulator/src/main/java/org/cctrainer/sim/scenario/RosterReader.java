package org.cctrainer.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.model.ActivityType;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.ScheduledActivity;
import org.cctrainer.sim.model.SkillAssignment;
import org.cctrainer.sim.random.RandomStream;

/**
 * Reads the roster: {@code agentGroups} (many similar agents, shifts and breaks spread over a
 * window, traits varied around the group's) and {@code agents} (named individuals, such as the
 * fast-but-failing agent a scenario is about). A group's variation is drawn from a stream named
 * after the scenario, not the run seed: every run of a scenario has the same people.
 */
final class RosterReader {
    private static final List<String> ACTIVITY_TYPES = List.of("break", "lunch", "training", "coaching");

    private final int startMinute;
    private final double dayEnd;
    private final RandomStream variation;
    private final java.util.Set<String> queueIds;
    private final List<AgentConfig> agents = new ArrayList<>();

    /** @param queueIds the queue ids the file declares: skills must name one of them */
    RosterReader(int startMinute, double dayEnd, RandomStream variation, java.util.Set<String> queueIds) {
        this.startMinute = startMinute;
        this.dayEnd = dayEnd;
        this.variation = variation;
        this.queueIds = queueIds;
    }

    List<AgentConfig> agents() {
        return agents;
    }

    void readGroup(FieldReader r) {
        String prefix = r.requiredText("idPrefix");
        if (prefix != null && !QueueReader.ID.matcher(prefix).matches()) {
            r.problems().add(r.at("idPrefix"), "must be lower-case letters, digits or dashes (got '" + prefix + "')");
        }
        int count = r.integer("count", 1, 1, 500);
        String team = r.text("team", "");
        List<String> names = r.texts("names");
        List<SkillAssignment> skills = readSkills(r);
        double[] shift = readShift(r, true);
        List<ActivitySpec> activities = readActivities(r);
        QualityTraits traits = readQuality(r, QualityTraits.STANDARD);
        double[] spread = readSpread(r);
        double[] notReady = readNotReady(r);
        r.finish();
        if (prefix == null || prefix.isBlank() || skills.isEmpty() || shift == null) {
            return;
        }
        for (int i = 0; i < count; i++) {
            double offset = count == 1 ? 0 : Math.round(i * shift[2] / (count - 1) / 60) * 60.0;
            List<ScheduledActivity> planned = new ArrayList<>();
            for (ActivitySpec spec : activities) {
                planned.add(spec.forMember(i, count, offset));
            }
            String id = prefix + "-" + String.format(count >= 100 ? "%03d" : "%02d", i + 1);
            String name = i < names.size() ? names.get(i) : AgentNames.nameFor(agents.size());
            agents.add(new AgentConfig(id, name, team, skills, shift[0] + offset, shift[1] + offset, planned,
                    vary(traits, spread), notReady[0], notReady[1]));
        }
    }

    void readAgent(FieldReader r) {
        String id = r.requiredText("id");
        if (id != null && !QueueReader.ID.matcher(id).matches()) {
            r.problems().add(r.at("id"), "must be lower-case letters, digits or dashes (got '" + id + "')");
        }
        String name = r.text("name", id);
        String team = r.text("team", "");
        List<SkillAssignment> skills = readSkills(r);
        double[] shift = readShift(r, false);
        List<ActivitySpec> activities = readActivities(r);
        QualityTraits traits = readQuality(r, QualityTraits.STANDARD);
        double[] notReady = readNotReady(r);
        r.finish();
        if (id == null || id.isBlank() || skills.isEmpty() || shift == null) {
            return;
        }
        List<ScheduledActivity> planned = activities.stream().map(a -> a.forMember(0, 1, 0)).toList();
        agents.add(new AgentConfig(id, name, team, skills, shift[0], shift[1], planned, traits, notReady[0],
                notReady[1]));
    }

    /** Skills as queue ids ("billing") or objects ({queue: billing, proficiency: 0.9, priority: 2}). */
    private List<SkillAssignment> readSkills(FieldReader r) {
        List<SkillAssignment> skills = new ArrayList<>();
        for (FieldReader.Element element : r.elements("skills")) {
            if (element.node().isTextual()) {
                String queue = element.node().asText();
                if (knownQueue(r, element.path(), queue)) {
                    skills.add(SkillAssignment.primary(queue));
                }
                continue;
            }
            FieldReader skill = FieldReader.object(element.node(), element.path(), r.problems());
            if (skill == null) {
                continue;
            }
            String queue = skill.requiredText("queue");
            double proficiency = skill.number("proficiency", 1, 0.2, 3);
            int priority = skill.integer("priority", 1, 1, 9);
            skill.finish();
            if (queue != null && knownQueue(r, skill.at("queue"), queue)) {
                skills.add(new SkillAssignment(queue, proficiency, priority));
            }
        }
        if (r.elements("skills").isEmpty()) {
            r.problems().add(r.at("skills"), "needs at least one queue the agent can take");
        }
        return skills;
    }

    /** Shift start and end (seconds) and, for a group, the window its members' start times spread over. */
    private boolean knownQueue(FieldReader r, String path, String queue) {
        if (queueIds.isEmpty() || queueIds.contains(queue)) {
            // With no queues declared the file already has that problem; naming every skill adds nothing.
            return true;
        }
        r.problems().add(path, "unknown queue '" + queue + "' (queues: " + String.join(", ", queueIds) + ")");
        return false;
    }

    private double[] readShift(FieldReader parent, boolean group) {
        FieldReader r = parent.child("shift");
        if (r == null) {
            return new double[] {0, dayEnd, 0};
        }
        double start = ClockTimes.read(r, "start", startMinute, 0, false);
        double end = r.has("end") ? ClockTimes.read(r, "end", startMinute, dayEnd, false) : dayEnd;
        double spread = group ? r.number("spreadMinutes", 0, 0, 600) * 60 : 0;
        r.finish();
        if (!(end > start)) {
            r.problems().add(r.at("end"), "must be after the shift start");
            return null;
        }
        return new double[] {start, end, spread};
    }

    /** An activity line: type, clock start, length, and how far a group spreads it (members evenly across). */
    private record ActivitySpec(ActivityType type, double start, double seconds, double spreadSeconds,
                                boolean followsShift) {
        ScheduledActivity forMember(int index, int count, double shiftOffset) {
            double spreadOffset = count == 1 ? 0 : Math.round(index * spreadSeconds / (count - 1) / 60) * 60.0;
            return new ScheduledActivity(type, start + spreadOffset + (followsShift ? shiftOffset : 0), seconds);
        }
    }

    private List<ActivitySpec> readActivities(FieldReader r) {
        List<ActivitySpec> specs = new ArrayList<>();
        for (FieldReader activity : r.children("activities")) {
            String type = activity.choice("type", null, ACTIVITY_TYPES);
            if (type == null && !activity.has("type")) {
                activity.problems().add(activity.at("type"), "is required: one of " + String.join(", ", ACTIVITY_TYPES));
            }
            double start = ClockTimes.read(activity, "start", startMinute, Double.NaN, true);
            double minutes = activity.requiredNumber("minutes", 1, 480);
            double spread = activity.number("spreadMinutes", 0, 0, 480);
            boolean followsShift = activity.bool("followsShift", false);
            activity.finish();
            if (type != null && !Double.isNaN(start) && !Double.isNaN(minutes)) {
                specs.add(new ActivitySpec(ActivityType.valueOf(type.toUpperCase(java.util.Locale.ROOT)), start,
                        minutes * 60, spread * 60, followsShift));
            }
        }
        return specs;
    }

    static QualityTraits readQuality(FieldReader parent, QualityTraits fallback) {
        FieldReader r = parent.child("quality");
        if (r == null) {
            return fallback;
        }
        QualityTraits traits = new QualityTraits(r.number("speed", fallback.speed(), 0.2, 5),
                r.number("qaMean", fallback.qaMean(), 0, 100), r.number("csatMean", fallback.csatMean(), 1, 5),
                r.number("fcrRate", fallback.fcrRate(), 0, 1));
        r.finish();
        return traits;
    }

    /** Standard deviations for a group's traits: speed, qa, csat, fcr. */
    private static double[] readSpread(FieldReader parent) {
        FieldReader r = parent.child("qualitySpread");
        if (r == null) {
            return new double[] {0.08, 5, 0.25, 0.05};
        }
        double[] spread = {r.number("speed", 0.08, 0, 1), r.number("qaMean", 5, 0, 30),
            r.number("csatMean", 0.25, 0, 2), r.number("fcrRate", 0.05, 0, 0.5)};
        r.finish();
        return spread;
    }

    private static double[] readNotReady(FieldReader parent) {
        FieldReader r = parent.child("notReady");
        if (r == null) {
            return new double[] {0, 0};
        }
        double[] values = {r.number("perHour", 0, 0, 20), r.number("meanMinutes", 3, 0.1, 120) * 60};
        r.finish();
        return values;
    }

    private QualityTraits vary(QualityTraits base, double[] sd) {
        // Members vary around the group's traits within the ranges a file may give a trait.
        return new QualityTraits(clamp(base.speed() + sd[0] * variation.nextGaussian(), 0.2, 5),
                clamp(base.qaMean() + sd[1] * variation.nextGaussian(), 0, 100),
                clamp(base.csatMean() + sd[2] * variation.nextGaussian(), 1, 5),
                clamp(base.fcrRate() + sd[3] * variation.nextGaussian(), 0, 1));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

package org.cctrainer.backend.exercise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;

/**
 * One point per virtual minute for the wallboard's trend charts, so a viewer who connects
 * mid-exercise sees the morning so far. Bounded: a day of minutes at most.
 */
public final class TrendHistory {
    private static final int MAX_POINTS = 24 * 60;

    /** Per queue at one minute: rolling-15 service level, arrivals and forecast so far, waiting now. */
    public record QueuePoint(String queue, double serviceLevel, long arrived, double forecastToDate, int waiting) {
    }

    public record Point(double t, List<QueuePoint> queues) {
    }

    private final Deque<Point> points = new ArrayDeque<>();
    private double lastMinute = -1;

    /** Records the snapshot if it starts a new virtual minute; returns the point added, or null. */
    public Point offer(KpiSnapshot snapshot) {
        double minute = Math.floor(snapshot.t() / 60);
        if (minute <= lastMinute) {
            return null;
        }
        lastMinute = minute;
        List<QueuePoint> queues = new ArrayList<>();
        for (QueueKpis queue : snapshot.queues()) {
            queues.add(new QueuePoint(queue.id(), queue.last15().serviceLevel(), queue.sinceStart().arrived(),
                    queue.forecastToDate(), queue.waiting()));
        }
        Point point = new Point(snapshot.t(), List.copyOf(queues));
        points.addLast(point);
        if (points.size() > MAX_POINTS) {
            points.removeFirst();
        }
        return point;
    }

    public List<Point> points() {
        return List.copyOf(points);
    }
}

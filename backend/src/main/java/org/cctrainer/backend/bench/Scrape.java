package org.cctrainer.backend.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of the trainer's {@code /metrics} (Prometheus text format), parsed just enough
 * for the benchmarks: plain series by their full name with labels, and histograms by their
 * base name.
 *
 * <p>The trainer's timers ({@code cctrainer_tick_lag_seconds},
 * {@code cctrainer_event_loop_delay_seconds}) are exported as Prometheus histograms whose
 * buckets count every value since the start; there are no {@code quantile} series (Micrometer
 * drops them when a percentile histogram is published). A recent percentile is therefore
 * taken from the difference of the buckets between two scrapes, interpolating linearly within
 * a bucket as Prometheus's {@code histogram_quantile} does.
 */
public final class Scrape {
    private final Map<String, Double> series = new HashMap<>();
    private final long atNanos;
    private final long fetchNanos;
    private final int chars;

    /**
     * @param fetchNanos how long the request for {@code text} took; the reading is dated at its
     *                   middle (a large scrape takes most of a second, and reads the meters while
     *                   it writes the text)
     */
    public Scrape(String text, long fetchNanos) {
        this.atNanos = System.nanoTime() - fetchNanos / 2;
        this.fetchNanos = fetchNanos;
        this.chars = text.length();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            try {
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            } catch (NumberFormatException e) {
                // a value this parser does not need
            }
        }
    }

    public long atNanos() {
        return atNanos;
    }

    /** How long the scrape took, milliseconds (it runs on one of the trainer's event loops). */
    public double fetchMillis() {
        return fetchNanos / 1e6;
    }

    /** The size of the exposition text, characters. */
    public int chars() {
        return chars;
    }

    /** Number of series (lines with a value). */
    public int seriesCount() {
        return series.size();
    }

    /** The value of one series, e.g. {@code cctrainer_websocket_messages_sent_total}; NaN when absent. */
    public double value(String name) {
        return series.getOrDefault(name, Double.NaN);
    }

    /** Sum of all series of a name whatever their labels, e.g. {@code jvm_memory_used_bytes{area="heap"...}}. */
    public double sum(String prefix) {
        double total = 0;
        for (Map.Entry<String, Double> entry : series.entrySet()) {
            if (entry.getKey().startsWith(prefix)) {
                total += entry.getValue();
            }
        }
        return total;
    }

    /** The histogram {@code base} (e.g. {@code cctrainer_tick_lag_seconds}) as cumulative bucket counts. */
    public Histogram histogram(String base) {
        String prefix = base + "_bucket{le=\"";
        List<double[]> buckets = new ArrayList<>();
        for (Map.Entry<String, Double> entry : series.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(prefix)) {
                String le = key.substring(prefix.length(), key.indexOf('"', prefix.length()));
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                buckets.add(new double[] {bound, entry.getValue()});
            }
        }
        buckets.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] bounds = new double[buckets.size()];
        double[] counts = new double[buckets.size()];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = buckets.get(i)[0];
            counts[i] = buckets.get(i)[1];
        }
        return new Histogram(bounds, counts, value(base + "_count"), value(base + "_sum"));
    }

    /** Cumulative bucket counts ({@code counts[i]} values were at most {@code bounds[i]}), in seconds. */
    public record Histogram(double[] bounds, double[] counts, double count, double sum) {

        /** What was recorded between {@code earlier} and this reading. */
        public Histogram since(Histogram earlier) {
            double[] diff = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                diff[i] = counts[i] - (i < earlier.counts.length ? earlier.counts[i] : 0);
            }
            return new Histogram(bounds, diff, count - earlier.count, sum - earlier.sum);
        }

        /** The q-quantile in seconds, interpolated within its bucket; NaN when empty. */
        public double quantile(double q) {
            if (counts.length == 0 || !(count > 0)) {
                return Double.NaN;
            }
            double rank = q * count;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] >= rank) {
                    double upper = bounds[i];
                    double lower = i == 0 ? 0 : bounds[i - 1];
                    double below = i == 0 ? 0 : counts[i - 1];
                    double inBucket = counts[i] - below;
                    if (Double.isInfinite(upper)) {
                        return lower;
                    }
                    return inBucket <= 0 ? upper : lower + (upper - lower) * (rank - below) / inBucket;
                }
            }
            return bounds[bounds.length - 1];
        }

        /** How many values were above {@code seconds} (at bucket resolution). */
        public double countAbove(double seconds) {
            for (int i = 0; i < bounds.length; i++) {
                if (bounds[i] >= seconds) {
                    return count - counts[i];
                }
            }
            return 0;
        }

        /** The upper bound of the highest bucket that holds a value: the max at bucket resolution; NaN when empty. */
        public double maxBound() {
            for (int i = counts.length - 1; i >= 0; i--) {
                double below = i == 0 ? 0 : counts[i - 1];
                if (counts[i] - below > 0) {
                    return bounds[i];
                }
            }
            return Double.NaN;
        }

        public double mean() {
            return count > 0 ? sum / count : Double.NaN;
        }
    }
}

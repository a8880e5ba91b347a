package org.cctrainer.sim.model;

import java.util.Arrays;

/**
 * Forecast contacts per interval over the day (a workforce planner's forecast, usually per
 * 15 minutes). Arrivals are Poisson within an interval at the forecast rate times the
 * actual-to-forecast multiplier. Past the last interval the forecast is zero.
 *
 * <p>A forecast counts every contact, repeats included. {@code repeatShare} is the part of it
 * the planner expects to be customers contacting again; new contacts arrive at the rest of the
 * rate and the simulated repeats (from unresolved contacts) make up the difference. Poor
 * first-contact resolution then shows up as actual volume above the forecast, as it does in life.
 */
public final class Forecast {
    private final double intervalSeconds;
    private final double[] volumes;
    private final double repeatShare;

    public Forecast(double intervalSeconds, double[] volumes) {
        this(intervalSeconds, volumes, 0);
    }

    public Forecast(double intervalSeconds, double[] volumes, double repeatShare) {
        if (!(repeatShare >= 0 && repeatShare < 1)) {
            throw new IllegalArgumentException("repeat share must be in [0, 1), got " + repeatShare);
        }
        this.repeatShare = repeatShare;
        if (!(intervalSeconds > 0)) {
            throw new IllegalArgumentException("interval must be > 0 seconds, got " + intervalSeconds);
        }
        for (double volume : volumes) {
            if (!(volume >= 0) || Double.isInfinite(volume)) {
                throw new IllegalArgumentException("forecast volumes must be finite and ≥ 0, got " + volume);
            }
        }
        this.intervalSeconds = intervalSeconds;
        this.volumes = volumes.clone();
    }

    /** A flat forecast: {@code perHour} contacts an hour for exactly {@code hours} (one interval). */
    public static Forecast flat(double perHour, double hours) {
        return new Forecast(hours * 3600, new double[] {perHour * hours});
    }

    public double repeatShare() {
        return repeatShare;
    }

    public double intervalSeconds() {
        return intervalSeconds;
    }

    public int intervals() {
        return volumes.length;
    }

    public double volume(int interval) {
        return interval >= 0 && interval < volumes.length ? volumes[interval] : 0;
    }

    public double endSeconds() {
        return volumes.length * intervalSeconds;
    }

    /** Arrivals per second in the interval containing {@code t}. */
    public double ratePerSecond(double t) {
        return volume(intervalAt(t)) / intervalSeconds;
    }

    public int intervalAt(double t) {
        return (int) Math.floor(t / intervalSeconds);
    }

    /** Forecast contacts in [0, t): what should have arrived by now. */
    public double cumulative(double t) {
        if (t <= 0) {
            return 0;
        }
        int whole = Math.min(intervalAt(t), volumes.length);
        double sum = 0;
        for (int i = 0; i < whole; i++) {
            sum += volumes[i];
        }
        return sum + volume(whole) * ((t - whole * intervalSeconds) / intervalSeconds);
    }

    public double total() {
        return Arrays.stream(volumes).sum();
    }
}

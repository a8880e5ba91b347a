package org.cctrainer.sim.random;

/** A distribution of durations in seconds: handle time, wrap-up, patience. */
public sealed interface Distribution {

    double sample(RandomStream random);

    /** Mean in seconds (+infinity for {@link None}). */
    double mean();

    /** A short description for reports, e.g. "lognormal(mean 300 s, cv 0.8)". */
    String describe();

    record Exponential(double mean) implements Distribution {
        public Exponential {
            requirePositive(mean, "mean");
        }

        @Override
        public double sample(RandomStream random) {
            return random.nextExponential(mean);
        }

        @Override
        public String describe() {
            return "exponential(mean " + mean + " s)";
        }
    }

    /** Lognormal given its mean and coefficient of variation (the way planners state handle times). */
    record LogNormal(double mean, double cv) implements Distribution {
        public LogNormal {
            requirePositive(mean, "mean");
            requirePositive(cv, "cv");
        }

        @Override
        public double sample(RandomStream random) {
            double sigma2 = Math.log1p(cv * cv);
            double mu = Math.log(mean) - sigma2 / 2;
            return Math.exp(mu + Math.sqrt(sigma2) * random.nextGaussian());
        }

        @Override
        public String describe() {
            return "lognormal(mean " + mean + " s, cv " + cv + ")";
        }
    }

    record Fixed(double mean) implements Distribution {
        public Fixed {
            if (!(mean >= 0) || Double.isInfinite(mean)) {
                throw new IllegalArgumentException("fixed duration must be a finite number ≥ 0, got " + mean);
            }
        }

        @Override
        public double sample(RandomStream random) {
            return mean;
        }

        @Override
        public String describe() {
            return "fixed(" + mean + " s)";
        }
    }

    /** No abandonment: the contact waits as long as it takes. */
    record None() implements Distribution {
        @Override
        public double sample(RandomStream random) {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double mean() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "none";
        }
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }
}

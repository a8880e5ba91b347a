package org.cctrainer.sim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Random streams")
class RandomStreamsTest {

    @Test
    @DisplayName("the same seed and name give the same numbers; another name or seed gives others")
    void streamsAreNamedAndReproducible() {
        RandomStream a = new RandomStreams(42).forName("arrivals.billing");
        RandomStream b = new RandomStreams(42).forName("arrivals.billing");
        RandomStream other = new RandomStreams(42).forName("arrivals.support");
        RandomStream otherSeed = new RandomStreams(43).forName("arrivals.billing");
        for (int i = 0; i < 1000; i++) {
            long x = a.nextLong();
            assertEquals(x, b.nextLong());
            assertNotEquals(x, other.nextLong());
            assertNotEquals(x, otherSeed.nextLong());
        }
    }

    @Test
    @DisplayName("the numbers are pinned to xoshiro256** seeded by SplitMix64, so a recorded seed replays on any JVM")
    void streamIsPinned() {
        // Expected values computed independently (a short Python transcription of FNV-1a, SplitMix64
        // and xoshiro256**); if they change, every recorded exercise stops replaying.
        assertEquals(-5808556873153909620L, RandomStreams.nameHash("a"), "FNV-1a of \"a\" is 0xaf63dc4c8601ec8c");
        RandomStream stream = new RandomStreams(1).forName("arrivals.queue");
        assertEquals(-1686442284749936664L, stream.nextLong());
        assertEquals(1284091581370341790L, stream.nextLong());
    }

    @Test
    @DisplayName("uniforms stay in range and integers are unbiased enough for picking")
    void uniformsInRange() {
        RandomStream stream = new RandomStream(7);
        int[] counts = new int[6];
        for (int i = 0; i < 60_000; i++) {
            double u = stream.nextDouble();
            assertTrue(u >= 0 && u < 1);
            double open = stream.nextOpenDouble();
            assertTrue(open > 0 && open <= 1);
            counts[stream.nextInt(6)]++;
        }
        for (int count : counts) {
            assertTrue(Math.abs(count - 10_000) < 500, "die face count " + count);
        }
    }

    @Test
    @DisplayName("exponential, lognormal (mean and CV) and fixed durations have the means they are given")
    void distributionsHaveTheirMeans() {
        RandomStream stream = new RandomStream(11);
        int n = 400_000;
        assertMoments(new Distribution.Exponential(300), stream, n, 300, 1.0);
        assertMoments(new Distribution.LogNormal(300, 0.8), stream, n, 300, 0.8);
        assertMoments(new Distribution.LogNormal(600, 0.3), stream, n, 600, 0.3);
        assertEquals(30, new Distribution.Fixed(30).sample(stream));
        assertEquals(Double.POSITIVE_INFINITY, new Distribution.None().sample(stream));
    }

    private static void assertMoments(Distribution distribution, RandomStream stream, int n, double mean, double cv) {
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double x = distribution.sample(stream);
            sum += x;
            sumSquares += x * x;
        }
        double sampleMean = sum / n;
        double sd = Math.sqrt(sumSquares / n - sampleMean * sampleMean);
        // 5 standard errors of the mean; the CV check is looser (its estimator is heavier-tailed).
        assertEquals(mean, sampleMean, 5 * mean * cv / Math.sqrt(n), distribution.describe() + " mean");
        assertEquals(cv, sd / sampleMean, 0.03, distribution.describe() + " cv");
    }
}

package org.cctrainer.sim.random;

import java.nio.charset.StandardCharsets;

/**
 * One random stream per purpose, derived from the run seed and a stable name
 * ({@code forName("arrivals.billing")}), so that adding a stream, or an intervention that
 * draws from one, never shifts the numbers any other stream produces.
 */
public final class RandomStreams {
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public RandomStream forName(String name) {
        return new RandomStream(RandomStream.mix(seed ^ RandomStream.mix(nameHash(name))));
    }

    /** FNV-1a over the UTF-8 bytes: a stable 64-bit hash of a name, the same on every JVM. */
    public static long nameHash(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}

/**
 * Benchmarks of the trainer's stream, run by hand from the shaded jar and never by the build:
 * {@link org.cctrainer.backend.bench.FanOutBench} (one exercise, many observers),
 * {@link org.cctrainer.backend.bench.BareBroadcastBench} (the naive Vert.x broadcast loop it is
 * compared with) and {@link org.cctrainer.backend.bench.CapacityBench} (exercises per machine).
 * They share the observer harness ({@link org.cctrainer.backend.bench.LoadClients}, in a second
 * JVM by default through {@link org.cctrainer.backend.bench.ForkedClients}) and the statistics
 * ({@link org.cctrainer.backend.bench.LatencyStats}, {@link org.cctrainer.backend.bench.Scrape}).
 * How to run them, the figures from this machine and what they mean: {@code docs/benchmarks.md}.
 */
package org.cctrainer.backend.bench;

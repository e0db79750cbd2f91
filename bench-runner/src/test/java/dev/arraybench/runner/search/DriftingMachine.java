package dev.arraybench.runner.search;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.runner.execute.BenchmarkExecutor;
import dev.arraybench.runner.plan.Job;
import dev.arraybench.scenarios.strategy.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated machine that drifts: sequential costs 1 ns per element; the parallel variant 5 µs per call
 * plus 0.5 ns per element, times a factor that holds for a spell of {@code spellSeconds} of the fake clock
 * and is drawn anew, log-normal with {@code drift}, for the next (the other vCPU busy for a while, then
 * not). Every fork gets 1% noise and takes {@code secondsPerFork} of the clock, so a benchmark of two forks
 * falls in one spell as a rule while the rounds of an interleaved search fall in many.
 */
final class DriftingMachine implements BenchmarkExecutor {

    private final AtomicLong clock;
    private final double drift;
    private final long spellSeconds;
    private final long secondsPerFork;
    private final int forks;
    private final long seed;
    private final SplittableRandom noise;
    private final Map<Long, Double> spells = new HashMap<>();
    private int measured;

    DriftingMachine(AtomicLong clock, double drift, long spellSeconds, long secondsPerFork, int forks, long seed) {
        this.clock = clock;
        this.drift = drift;
        this.spellSeconds = spellSeconds;
        this.secondsPerFork = secondsPerFork;
        this.forks = forks;
        this.seed = seed;
        this.noise = new SplittableRandom(seed);
    }

    /**
     * Where the variant breaks even over the long run: the crossing of the mean times, the parallel variant's
     * mean factor being {@code exp(drift^2 / 2)}.
     */
    double truth() {
        double factor = Math.exp(drift * drift / 2);
        return 5_000 * factor / (1 - 0.5 * factor);
    }

    /** How many benchmarks it measured. */
    int measured() {
        return measured;
    }

    @Override
    public BenchmarkResult measure(Job job) {
        measured++;
        Map<String, String> params = job.params();
        long size = Sizes.parse(params.get("size"));
        boolean sequential = params.get("strategy").equals(Strategy.SEQUENTIAL.label());
        List<List<Double>> samples = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            double nanos = sequential ? size : (5_000 + 0.5 * size) * factor(clock.get());
            double forkShift = 1 + 0.01 * noise.nextGaussian();
            List<Double> iterations = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                iterations.add(nanos * forkShift * (1 + 0.005 * noise.nextGaussian()) / 1000);
            }
            samples.add(iterations);
            clock.addAndGet(secondsPerFork * 1_000_000_000L);
        }
        double score = samples.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        return new BenchmarkResult(job.benchmark(), params, "avgt", "us/op", score, 0.01 * score, 0.99 * score,
                1.01 * score, samples, DerivedFigures.of(params, "size", score, "us/op", null, 8.0));
    }

    private double factor(long nanos) {
        long spell = nanos / 1_000_000_000L / spellSeconds;
        return spells.computeIfAbsent(spell, s -> Math.exp(drift * new SplittableRandom(seed * 7919 + s)
                .nextGaussian()));
    }
}

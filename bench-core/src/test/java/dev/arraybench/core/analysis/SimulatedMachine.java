package dev.arraybench.core.analysis;

import dev.arraybench.core.result.RunResults;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded machine with a known answer, for tests outside this package: the sequential loop costs 1 ns per
 * element; {@code zero-copy-parallel} on the spin pool costs 20 µs per call plus 0.5 ns per element, so it
 * breaks even at exactly 40,000 elements. Every fork gets its own offset and every iteration its own noise.
 */
public final class SimulatedMachine {

    /** Where the parallel variant truly breaks even. */
    public static final double CROSSING = 40_000;

    private static final double FIXED = 20_000;

    private SimulatedMachine() {
    }

    /** The sequential loop's time per call at {@code size}, in nanoseconds. */
    public static double sequential(long size) {
        return size;
    }

    /** The parallel variant's time per call at {@code size}, in nanoseconds. */
    public static double parallel(long size) {
        return FIXED + 0.5 * size;
    }

    /** A run at {@code sizes} with {@code forks} forks of 5 iterations each and {@code noise} relative noise. */
    public static RunResults run(long seed, List<Long> sizes, int forks, double noise) {
        SplittableRandom random = new SplittableRandom(seed);
        Synthetic synthetic = new Synthetic();
        for (long size : sizes) {
            synthetic.pooled("sequential", "spin", 1, Long.toString(size), forks(random, sequential(size), noise, forks));
            synthetic.pooled("zero-copy-parallel", "spin", 2, Long.toString(size),
                    forks(random, parallel(size), noise, forks));
        }
        return synthetic.results();
    }

    private static List<List<Double>> forks(SplittableRandom random, double mean, double noise, int forks) {
        List<List<Double>> all = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double offset = 1 + noise * random.nextGaussian();
            List<Double> fork = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                fork.add(mean * offset * (1 + noise * random.nextGaussian()));
            }
            all.add(fork);
        }
        return all;
    }
}

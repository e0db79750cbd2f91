package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations with known answers: the sequential loop costs 1 ns per element; the parallel variant
 * costs 20 µs per call plus 0.5 ns per element, so it truly breaks even at 40,000 elements. Every fork
 * gets its own offset (a JIT or placement effect) and every iteration its own noise.
 */
class BreakEvenSimulationTest {

    private static final double TRUE_CROSSING = 40_000;
    private static final double FIXED = 20_000;

    private static List<Long> sizes() {
        List<Long> sizes = new ArrayList<>();
        for (long size = 1_000; size <= 4_096_000; size *= 2) {
            sizes.add(size);
        }
        return sizes;
    }

    /** A run of the known profile; {@code dips} multiplies the variant's time at the given sizes. */
    private static Analysis simulate(long seed, double noise, Map<Long, Double> dips) {
        return simulate(seed, noise, dips, 3);
    }

    /** As above, with {@code forkCount} forks of 5 iterations per benchmark. */
    private static Analysis simulate(long seed, double noise, Map<Long, Double> dips, int forkCount) {
        SplittableRandom random = new SplittableRandom(seed);
        Synthetic synthetic = new Synthetic();
        for (long size : sizes()) {
            double parallel = (FIXED + 0.5 * size) * dips.getOrDefault(size, 1.0);
            synthetic.kernel("scale", "sequential", 1, Long.toString(size), "ns/op",
                    forks(random, size, noise, forkCount));
            synthetic.kernel("scale", "zero-copy-parallel", 2, Long.toString(size), "ns/op",
                    forks(random, parallel, noise, forkCount));
        }
        return synthetic.analysis();
    }

    private static List<List<Double>> forks(SplittableRandom random, double mean, double noise, int forkCount) {
        List<List<Double>> forks = new ArrayList<>();
        for (int f = 0; f < forkCount; f++) {
            double offset = 1 + noise * random.nextGaussian();
            List<Double> fork = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                fork.add(mean * offset * (1 + noise * random.nextGaussian()));
            }
            forks.add(fork);
        }
        return forks;
    }

    @Test
    void shouldEstimateAKnownCrossingAndBracketItWithItsInterval() {
        BreakEven breakEven = simulate(1, 0.03, Map.of()).breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.BETWEEN);
        assertThat(breakEven.size()).isBetween(TRUE_CROSSING / 1.3, TRUE_CROSSING * 1.3);
        assertThat(breakEven.crossing().low()).isLessThanOrEqualTo(breakEven.size());
        assertThat(breakEven.crossing().high()).isGreaterThanOrEqualTo(breakEven.size());
        assertThat(breakEven.bracketedWithin(2)).isTrue();
        assertThat(breakEven.below()).isEqualTo(32_000);
        assertThat(breakEven.above()).isEqualTo(64_000);
        assertThat(breakEven.parallelFrom()).isGreaterThanOrEqualTo((long) breakEven.size());
    }

    @Test
    void shouldCoverTheTrueCrossingInMostSeededRuns() {
        int covered = 0;
        int runs = 20;
        for (long seed = 1; seed <= runs; seed++) {
            BreakEven breakEven = simulate(seed, 0.05, Map.of()).breakEvens().getFirst();
            if (breakEven.crossing().low() <= TRUE_CROSSING && breakEven.crossing().high() >= TRUE_CROSSING) {
                covered++;
            }
        }
        assertThat(covered).isGreaterThanOrEqualTo(15);
    }

    /**
     * With the two forks a break-even search starts from, the 95% interval still covers the true crossing in
     * most runs (the rate is in docs/performance.md): resampling two forks alone would show half their
     * variance, which the bootstrap's spread correction restores.
     */
    @Test
    void shouldCoverTheTrueCrossingWithTwoForksInMostSeededRuns() {
        int covered = 0;
        int runs = 200;
        for (long seed = 1; seed <= runs; seed++) {
            BreakEven breakEven = simulate(seed, 0.05, Map.of(), 2).breakEvens().getFirst();
            if (breakEven.crossing().low() <= TRUE_CROSSING && breakEven.crossing().high() >= TRUE_CROSSING) {
                covered++;
            }
        }
        System.out.printf(Locale.ROOT, "two forks, 5%% noise: the 95%% interval covers the true crossing in %d of %d runs%n",
                covered, runs);
        assertThat(covered).isGreaterThanOrEqualTo(runs * 85 / 100);
    }

    @Test
    void shouldNotJumpWhenOneSizeFarAboveTheCrossingDipsBelowOne() {
        BreakEven steady = simulate(7, 0.03, Map.of()).breakEvens().getFirst();
        BreakEven dipping = simulate(7, 0.03, Map.of(512_000L, 2.2)).breakEvens().getFirst();
        assertThat(dipping.kind()).isEqualTo(BreakEven.Kind.BETWEEN);
        assertThat(dipping.size()).isBetween(steady.size() / 1.2, steady.size() * 1.2);
        assertThat(dipping.crossing().high()).isLessThan(128_000);
    }

    @Test
    void shouldShowTheDipAsASlowerBandInTheWinRegion() {
        WinRegion region = simulate(7, 0.03, Map.of(512_000L, 2.2)).winRegions().getFirst();
        assertThat(region.at(1_000)).isEqualTo(WinRegion.Verdict.SLOWER);
        assertThat(region.at(512_000)).isEqualTo(WinRegion.Verdict.SLOWER);
        assertThat(region.at(256_000)).isEqualTo(WinRegion.Verdict.FASTER);
        assertThat(region.at(4_096_000)).isEqualTo(WinRegion.Verdict.FASTER);
    }

    @Test
    void shouldExplainTheCrossingWithTheCostModelsFixedAndPerElementCosts() {
        CostComparison cost = simulate(3, 0.01, Map.of()).breakEvens().getFirst().cost();
        assertThat(cost.extraFixedNanos()).isCloseTo(FIXED, within(FIXED * 0.15));
        assertThat(cost.savedNanosPerElement()).isCloseTo(0.5, within(0.05));
        assertThat(cost.paysFrom()).isBetween(TRUE_CROSSING / 1.3, TRUE_CROSSING * 1.3);
    }
}

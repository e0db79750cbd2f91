package dev.arraybench.core.analysis;

import static dev.arraybench.core.analysis.Synthetic.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BreakEvensTest {

    private static final String[] SIZES = {"1K", "10K", "100K", "1M"};
    private static final long[] ELEMENTS = {1_000, 10_000, 100_000, 1_000_000};

    /** Sequential takes 1 ns per element; the variant has the given speedups at 1K, 10K, 100K and 1M. */
    private static Analysis steady(String strategy, double... speedups) {
        Synthetic synthetic = new Synthetic();
        for (int i = 0; i < SIZES.length; i++) {
            synthetic.kernel("sequential", 1, SIZES[i], repeat(ELEMENTS[i], 4));
            synthetic.kernel(strategy, 2, SIZES[i], repeat(ELEMENTS[i] / speedups[i], 4));
        }
        return synthetic.analysis();
    }

    @Test
    void shouldInterpolateACrossingBetweenTwoMeasuredSizesOnLogSize() {
        BreakEven breakEven = steady("zero-copy-parallel", 0.25, 0.5, 1.5, 2).breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.BETWEEN);
        assertThat(breakEven.below()).isEqualTo(10_000);
        assertThat(breakEven.above()).isEqualTo(100_000);
        // speedup 0.5 at 10K and 1.5 at 100K: 1 is half-way, so the geometric mean of the two sizes
        assertThat(breakEven.size()).isCloseTo(Math.sqrt(1e4 * 1e5), within(1.0));
    }

    @Test
    void shouldSayNotWithinTheMeasuredRangeForAVariantThatNeverBreaksEven() {
        BreakEven breakEven = steady("copy-parallel", 0.1, 0.2, 0.4, 0.6).breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.NOT_IN_RANGE);
        assertThat(breakEven.breaksEven()).isFalse();
        assertThat(breakEven.size()).isInfinite();
        assertThat(breakEven.parallelFrom()).isEqualTo(-1);
        assertThat(breakEven.below()).isEqualTo(1_000);
        assertThat(breakEven.above()).isEqualTo(1_000_000);
    }

    @Test
    void shouldSayAlreadyFasterAtTheSmallestSizeForAVariantFasterFromTheStart() {
        BreakEven breakEven = steady("simd-parallel", 1.2, 2, 3, 3.5).breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.FROM_SMALLEST);
        assertThat(breakEven.size()).isEqualTo(1_000);
    }

    @Test
    void shouldNotCountExactlyEqualAsFaster() {
        BreakEven breakEven = steady("zero-copy-parallel", 0.5, 1, 1, 1).breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.NOT_IN_RANGE);
    }

    @Test
    void shouldNotLetOneDippingSizeMoveTheBreakEvenPastIt() {
        BreakEven breakEven = steady("zero-copy-parallel", 0.5, 2, 0.9, 2).breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.BETWEEN);
        assertThat(breakEven.below()).isEqualTo(1_000);
        assertThat(breakEven.above()).isEqualTo(10_000);
    }

    @Test
    void shouldCallItUndecidedWhenNoisyResamplesOfEqualTimesCrossAnywhere() {
        Analysis analysis = noisy(1.0);
        assertThat(analysis.speedups()).allSatisfy(s -> {
            assertThat(s.speedup().low()).isLessThan(1);
            assertThat(s.speedup().high()).isGreaterThan(1);
        });
        BreakEven breakEven = analysis.breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.UNDECIDED);
        assertThat(breakEven.crossing().high()).isInfinite();
        assertThat(breakEven.parallelFrom()).isEqualTo(-1);
    }

    @Test
    void shouldPoolSizesThatAreEachUndecidedWhenTheVariantIsAlittleFasterAtEverySize() {
        Analysis analysis = noisy(1.1);
        assertThat(analysis.winRegions().getFirst().bands()).extracting(WinRegion.Band::verdict)
                .containsExactly(WinRegion.Verdict.UNDECIDED);
        BreakEven breakEven = analysis.breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.FROM_SMALLEST);
        // pooled, the four undecided sizes still bound the crossing inside the measured range
        assertThat(breakEven.crossing().high()).isLessThan(1e6);
    }

    /** The variant {@code speedup} times faster at every size, with +-40% noise on every sample. */
    private static Analysis noisy(double speedup) {
        Synthetic synthetic = new Synthetic();
        for (int i = 0; i < SIZES.length; i++) {
            synthetic.noisy("sequential", 1, SIZES[i], ELEMENTS[i], 0.4, 11 + i);
            synthetic.noisy("zero-copy-parallel", 2, SIZES[i], ELEMENTS[i] / speedup, 0.4, 101 + i);
        }
        return synthetic.analysis();
    }

    @Test
    void shouldFindTheBreakEvenBetweenTheRightSizesWithRealisticNoise() {
        Synthetic synthetic = new Synthetic();
        double[] speedups = {0.2, 0.6, 1.8, 2.2};
        for (int i = 0; i < SIZES.length; i++) {
            synthetic.noisy("sequential", 1, SIZES[i], ELEMENTS[i], 0.03, 11 + i);
            synthetic.noisy("zero-copy-parallel", 2, SIZES[i], ELEMENTS[i] / speedups[i], 0.03, 101 + i);
        }
        BreakEven breakEven = synthetic.analysis().breakEvens().getFirst();
        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.BETWEEN);
        assertThat(breakEven.size()).isBetween(2e4, 6e4);
    }

    @Test
    void shouldGiveOneBreakEvenPerVariant() {
        Synthetic synthetic = new Synthetic();
        for (int i = 0; i < SIZES.length; i++) {
            synthetic.kernel("sequential", 1, SIZES[i], repeat(ELEMENTS[i], 2));
            synthetic.kernel("zero-copy-parallel", 1, SIZES[i], repeat(ELEMENTS[i] * 1.1, 2));
            synthetic.kernel("zero-copy-parallel", 2, SIZES[i], repeat(ELEMENTS[i] / 1.9, 2));
        }
        assertThat(synthetic.analysis().breakEvens()).extracting(b -> b.variant().threads(), BreakEven::kind)
                .containsExactly(tuple(1, BreakEven.Kind.NOT_IN_RANGE),
                        tuple(2, BreakEven.Kind.FROM_SMALLEST));
    }
}

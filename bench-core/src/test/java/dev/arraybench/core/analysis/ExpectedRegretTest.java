package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The threshold of least expected regret on profiles with known answers, and on the simulated machine. */
class ExpectedRegretTest {

    private static final long[] SIZES = {1_000, 10_000, 100_000, 1_000_000};

    private static double[][] same(double... speedups) {
        double[] profile = new double[speedups.length];
        for (int i = 0; i < speedups.length; i++) {
            profile[i] = Math.log(speedups[i]);
        }
        return new double[][] {profile, profile.clone()};
    }

    @Test
    void shouldParalleliseFromWhereTheSpeedupCrossesOneWhenEveryResampleAgrees() {
        double threshold = ExpectedRegret.threshold(SIZES, same(0.25, 0.5, 1.5, 2));
        assertThat(threshold).isBetween(31_623 / 1.05, 31_623 * 1.05);
    }

    @Test
    void shouldStaySequentialWhenParallelNeverPaysAndRunParallelWhenItAlwaysDoes() {
        assertThat(ExpectedRegret.threshold(SIZES, same(0.2, 0.5, 0.8, 0.9))).isInfinite();
        assertThat(ExpectedRegret.threshold(SIZES, same(1.2, 1.5, 1.8, 1.9))).isEqualTo(1_000);
    }

    @Test
    void shouldWeighTheResamplesByWhatEachMistakeCosts() {
        double[][] profiles = new double[10][];
        for (int r = 0; r < 10; r++) {
            profiles[r] = same(0.25, r < 9 ? 1.5 : 0.9, 2, 2)[0];
        }
        double threshold = ExpectedRegret.threshold(SIZES, profiles);
        assertThat(threshold).isLessThan(10_000);
    }

    @Test
    void shouldSitNearTheTrueCrossingAndBelowTheIntervalsUpperEnd() {
        List<Long> sizes = new ArrayList<>();
        for (long size = 1_000; size <= 4_096_000; size *= 2) {
            sizes.add(size);
        }
        int below = 0;
        for (long seed = 1; seed <= 10; seed++) {
            BreakEven breakEven = Analysis.of(SimulatedMachine.run(seed, sizes, 2, 0.05)).breakEvens().get(0);
            assertThat(breakEven.regretFrom()).isBetween(SimulatedMachine.CROSSING / 1.5,
                    SimulatedMachine.CROSSING * 1.5);
            below += breakEven.regretFrom() < breakEven.crossing().high() ? 1 : 0;
        }
        assertThat(below).isGreaterThanOrEqualTo(8);
    }
}

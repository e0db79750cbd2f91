package dev.arraybench.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final int[] SIZES = {1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000};

    /** Sequential: 1 ns per element. Parallel: 20 us to wake the workers, then 0.5 ns per element: 40K. */
    private static CalibrationKernel kernel(FakeMachine machine, int slowCalls) {
        return new CalibrationKernel("sum-int32", machine.path(50, 1.0, slowCalls, 10),
                machine.path(20_000, 0.5, slowCalls, 10));
    }

    @Test
    void shouldFindTheCrossingOfASimulatedKernelWithinItsBudget() {
        FakeMachine machine = new FakeMachine(1, 0.05);
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel(machine, 0), SIZES,
                Calibration.DEFAULT_BUDGET);
        assertThat(crossing.stable()).isTrue();
        assertThat(crossing.parallelFrom()).isBetween(16_000L, 64_000L);
        assertThat((double) crossing.parallelFrom()).isBetween(40_100 / 1.5, 40_100 * 1.5);
        assertThat(crossing.rounds()).isGreaterThanOrEqualTo(Calibration.MIN_ROUNDS);
        assertThat(crossing.elapsedNanos()).isLessThanOrEqualTo(Calibration.DEFAULT_BUDGET.toNanos() + 2_000_000);
        assertThat(crossing.message()).contains("parallel from", "odd and even rounds agree");
        assertThat(crossing.shouldParallelize(100_000)).isTrue();
        assertThat(crossing.shouldParallelize(10_000)).isFalse();
    }

    /** Ten times slower for the first 20 calls of each path: the first warm-up passes, 80 ms of them. */
    @Test
    void shouldNotBeMisledByCodeThatIsSlowUntilCompiled() {
        FakeMachine machine = new FakeMachine(2, 0.05);
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel(machine, 20), SIZES,
                Calibration.DEFAULT_BUDGET);
        assertThat(crossing.stable()).isTrue();
        assertThat((double) crossing.parallelFrom()).isBetween(40_100 / 1.5, 40_100 * 1.5);
    }

    @Test
    void shouldDropTheRoundsDuringWhichTheJitCompiled() {
        FakeMachine machine = new FakeMachine(9, 0.05).compilingFor(130_000_000);
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel(machine, 0), SIZES,
                Calibration.DEFAULT_BUDGET);
        assertThat(crossing.stable()).isTrue();
        assertThat((double) crossing.parallelFrom()).isBetween(40_100 / 1.5, 40_100 * 1.5);
        assertThat(crossing.message()).containsPattern("\\d+ more dropped as the JIT compiled during them");
    }

    @Test
    void shouldGiveUpWhenTheJitCompilesThroughTheWholeBudget() {
        FakeMachine machine = new FakeMachine(10, 0.05).compilingFor(Long.MAX_VALUE);
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel(machine, 0), SIZES,
                Calibration.DEFAULT_BUDGET);
        assertThat(crossing.stable()).isFalse();
        assertThat(crossing.rounds()).isZero();
        assertThat(crossing.elapsedNanos()).isLessThanOrEqualTo(Calibration.DEFAULT_BUDGET.toNanos() + 2_000_000);
        assertThat(crossing.message()).contains("gave up", "0 rounds", "dropped as the JIT compiled",
                "the JIT kept compiling", "staying sequential");
    }

    @Test
    void shouldNotTrustANeverFoundWhileTheJitWasCompiling() {
        int[] sizes = {1_000, 10_000, 100_000};
        List<double[][]> rounds = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            rounds.add(new double[][] {{1_000, 10_000, 100_000}, {5_000, 20_000, 150_000}});
        }
        assertThat(Calibration.answer("scale", sizes, rounds, 0, 1).stable()).isTrue();
        Crossing cold = Calibration.answer("scale", sizes, rounds, 2, 1);
        assertThat(cold.stable()).isFalse();
        assertThat(cold.neverPays()).isTrue();
        assertThat(cold.message()).contains("gave up", "2 more dropped as the JIT compiled",
                "parallel never won, but the JIT was still compiling", "staying sequential");
    }

    @Test
    void shouldStopEarlyOnceTheHalvesAgree() {
        FakeMachine machine = new FakeMachine(3, 0.0);
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel(machine, 0), SIZES, Duration.ofSeconds(10));
        assertThat(crossing.rounds()).isEqualTo(Calibration.MIN_ROUNDS);
        assertThat(crossing.elapsedNanos()).isLessThan(Duration.ofSeconds(6).toNanos());
    }

    @Test
    void shouldSayNeverWhenParallelNeverWinsAndFromTheSmallestWhenItAlwaysDoes() {
        FakeMachine never = new FakeMachine(4, 0.02);
        Crossing losing = new Calibration(never::nanoTime, never::compiled).run(new CalibrationKernel("copy", never.path(50, 1, 0, 1),
                never.path(20_000, 3, 0, 1)), SIZES, Calibration.DEFAULT_BUDGET);
        assertThat(losing.stable()).isTrue();
        assertThat(losing.neverPays()).isTrue();
        assertThat(losing.shouldParallelize(Long.MAX_VALUE - 1)).isFalse();
        FakeMachine always = new FakeMachine(5, 0.02);
        Crossing winning = new Calibration(always::nanoTime, always::compiled).run(new CalibrationKernel("poly",
                always.path(50, 10, 0, 1), always.path(500, 5, 0, 1)), SIZES, Calibration.DEFAULT_BUDGET);
        assertThat(winning.parallelFrom()).isEqualTo(1_000);
    }

    @Test
    void shouldGiveUpAndSaySoWhenOddAndEvenRoundsDisagree() {
        int[] sizes = {1_000, 10_000, 100_000};
        List<double[][]> rounds = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            // parallel wins from 10K in the even rounds, never in the odd ones (another process took a core)
            double[] parallel = r % 2 == 0 ? new double[] {2_000, 5_000, 50_000} : new double[] {4_000, 40_000, 400_000};
            rounds.add(new double[][] {{1_000, 10_000, 100_000}, parallel});
        }
        Crossing crossing = Calibration.answer("sum", sizes, rounds, 0, 200_000_000);
        assertThat(crossing.stable()).isFalse();
        assertThat(crossing.shouldParallelize(Long.MAX_VALUE - 1)).isFalse();
        assertThat(crossing.message()).contains("gave up", "8 rounds in 200.0 ms", "disagree", "never against",
                "staying sequential");
        List<double[][]> settled = new ArrayList<>(rounds.subList(0, 1));
        settled.addAll(List.of(rounds.get(0), rounds.get(2), rounds.get(4)));
        assertThat(Calibration.answer("sum", sizes, settled, 0, 1).stable()).isTrue();
    }

    @Test
    void shouldKeepTheCrossingWhenParallelDipsBelowSequentialAtTheLargestSize() {
        int[] sizes = {1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000};
        double[] speedups = {0.5, 0.7, 0.9, 1.3, 1.4, 0.97};
        long crossing = CrossingEstimate.of(sizes, speedups);
        assertThat(crossing).isBetween(16_000L, 64_000L);
        assertThat(CrossingEstimate.maxRegret(sizes, speedups, crossing)).isCloseTo(1 / 0.97 - 1, within(1e-9));
        assertThat(CrossingEstimate.maxRegret(sizes, speedups, Long.MAX_VALUE)).isCloseTo(0.4, within(0.01));
    }

    @Test
    void shouldCountHalvesFarApartAsAgreeingWhereEitherAnswerCostsLittle() {
        int[] sizes = {1_000, 10_000, 100_000, 1_000_000};
        List<double[][]> rounds = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            // a flat profile: parallel 2% slower at 10K in the even rounds, 2% faster in the odd ones
            double atTenK = r % 2 == 0 ? 10_200 : 9_800;
            rounds.add(new double[][] {{1_000, 10_000, 100_000, 1_000_000}, {1_600, atTenK, 95_000, 900_000}});
        }
        Crossing crossing = Calibration.answer("sum", sizes, rounds, 0, 1);
        assertThat(crossing.stable()).isTrue();
        assertThat(crossing.message()).contains("agree: 9,095, 18,991", "3.5% slower at worst");
    }

    @Test
    void shouldGiveUpWhenTheBudgetCannotHoldFourRounds() {
        FakeMachine machine = new FakeMachine(7, 0.0);
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel(machine, 0), SIZES, Duration.ofMillis(2));
        assertThat(crossing.stable()).isFalse();
        assertThat(crossing.message()).contains("too few to trust");
    }

    @Test
    void shouldRefuseSizesThatAreNotAscending() {
        FakeMachine machine = new FakeMachine(8, 0.0);
        assertThatThrownBy(() -> Calibration.measure(kernel(machine, 0), new int[] {4_000, 1_000}))
                .hasMessageContaining("expected positive and ascending");
        assertThatThrownBy(() -> new CalibrationKernel("a b", n -> { }, n -> { }))
                .hasMessageContaining("kernel name: 'a b'");
    }
}

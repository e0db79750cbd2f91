package dev.arraybench.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
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

    /**
     * Ten times slower for the first 150 calls of each path: more than the calls at the smallest size (25 ms)
     * take, so the first passes over every size are slow too.
     */
    @Test
    void shouldNotBeMisledByCodeThatIsSlowUntilCompiled() {
        FakeMachine machine = new FakeMachine(2, 0.05);
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel(machine, 150), SIZES,
                Calibration.DEFAULT_BUDGET);
        assertThat(crossing.stable()).isTrue();
        assertThat((double) crossing.parallelFrom()).isBetween(40_100 / 1.5, 40_100 * 1.5);
    }

    /** While the JIT compiles (the first 130 ms), the parallel path is 3x slower: it lost a core to it. */
    @Test
    void shouldDropTheRoundsDuringWhichTheJitCompiled() {
        FakeMachine machine = new FakeMachine(9, 0.05).compilingFor(130_000_000);
        IntConsumer parallel = machine.path(20_000, 0.5, 0, 1);
        CalibrationKernel kernel = new CalibrationKernel("sum-int32", machine.path(50, 1.0, 0, 1), n -> {
            long before = machine.nanoTime();
            parallel.accept(n);
            if (before < 130_000_000) {
                machine.advance(2 * (machine.nanoTime() - before));
            }
        });
        Crossing crossing = new Calibration(machine::nanoTime, machine::compiled).run(kernel, SIZES,
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
    void shouldKeepTheCrossingWhenParallelDipsBelowSequentialAtTheLargestSize() {
        int[] sizes = {1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000};
        double[] speedups = {0.5, 0.7, 0.9, 1.3, 1.4, 0.97};
        long crossing = CrossingEstimate.of(sizes, speedups);
        assertThat(crossing).isBetween(16_000L, 64_000L);
        assertThat(CrossingEstimate.maxRegret(sizes, speedups, crossing)).isCloseTo(1 / 0.97 - 1, within(1e-9));
        assertThat(CrossingEstimate.maxRegret(sizes, speedups, Long.MAX_VALUE)).isCloseTo(0.4, within(0.01));
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

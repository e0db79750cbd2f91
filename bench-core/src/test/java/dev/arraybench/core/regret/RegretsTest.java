package dev.arraybench.core.regret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdvicePolicy;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.SimulatedMachine;
import dev.arraybench.core.result.EnvironmentFingerprint;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regret on seeded simulations with known answers: the simulated machine's parallel variant truly breaks
 * even at 40,000 elements, so each policy's regret at each size follows from its two cost lines.
 */
class RegretsTest {

    private static final EnvironmentFingerprint MACHINE =
            new EnvironmentFingerprint("cpu", 2, "v", "25", List.of(), 512, "os");
    private static final List<Long> SIZES = List.of(3_000L, 10_000L, 30_000L, 60_000L, 100_000L, 1_000_000L);

    @TempDir
    Path folder;

    private static Threshold threshold(Long parallelFrom, Double high) {
        Map<String, String> kase = new LinkedHashMap<>();
        kase.put("op", "scale");
        kase.put("dtype", "int32");
        kase.put("layout", "native");
        return new Threshold(kase, "zero-copy-parallel", "spin", 2, parallelFrom, 40_000.0, 30_000.0, high,
                List.of());
    }

    private static RegretReport regret(Threshold threshold, long seed) {
        Analysis measured = Analysis.of(SimulatedMachine.run(seed, SIZES, 4, 0.01));
        return Regrets.of(new Advice(MACHINE, AdvicePolicy.REGRET, List.of(threshold)), "t.json", measured, MACHINE);
    }

    /** The true regret of running parallel (or not) at {@code size} on the simulated machine. */
    private static double truth(long size, boolean parallel) {
        return Regrets.regret(parallel, SimulatedMachine.sequential(size), SimulatedMachine.parallel(size));
    }

    @Test
    void shouldFindNoRegretForAThresholdAtTheTrueCrossing() {
        VariantRegret variant = regret(threshold(40_000L, 80_000.0), 1).variants().get(0);
        PolicyRegret advised = variant.of(Policy.ADVISED);
        assertThat(advised.points()).hasSize(SIZES.size());
        for (RegretPoint point : advised.points()) {
            assertThat(point.chosenParallel()).isEqualTo(point.size() >= 40_000);
            assertThat(point.bestParallel()).isEqualTo(point.size() > 40_000);
            assertThat(point.regret().estimate()).isCloseTo(0, within(0.02));
        }
        assertThat(advised.max()).isLessThan(0.02);
    }

    @Test
    void shouldMeasureTheKnownRegretOfEveryPolicyWithAnIntervalAroundIt() {
        VariantRegret variant = regret(threshold(40_000L, 80_000.0), 2).variants().get(0);
        for (Policy policy : Policy.values()) {
            PolicyRegret regret = variant.of(policy);
            for (RegretPoint point : regret.points()) {
                double truth = truth(point.size(), point.chosenParallel());
                assertThat(point.regret().estimate()).as("%s at %d", policy, point.size())
                        .isCloseTo(truth, within(0.03 + truth * 0.03));
                assertThat(point.regret().low()).isLessThanOrEqualTo(point.regret().estimate());
                assertThat(point.regret().high()).isGreaterThanOrEqualTo(point.regret().estimate());
            }
        }
        assertThat(variant.of(Policy.CONSERVATIVE).parallelFrom()).isEqualTo(80_000L);
        assertThat(variant.of(Policy.CONSERVATIVE).max()).isCloseTo(truth(60_000, false), within(0.03));
        assertThat(variant.of(Policy.NEVER).max()).isCloseTo(truth(1_000_000, false), within(0.05));
        assertThat(variant.of(Policy.ALWAYS).max()).isCloseTo(truth(3_000, true), within(0.3));
        assertThat(variant.of(Policy.FROM_8192).points().get(0).chosenParallel()).isFalse();
        assertThat(variant.of(Policy.FROM_32768).points().get(2).chosenParallel()).isFalse();
    }

    @Test
    void shouldCoverTheTrueRegretInMostSeededRuns() {
        int covered = 0;
        int total = 0;
        for (long seed = 1; seed <= 20; seed++) {
            for (RegretPoint point : regret(threshold(80_000L, 80_000.0), seed).variants().get(0)
                    .of(Policy.ADVISED).points()) {
                double truth = truth(point.size(), point.chosenParallel());
                if (truth > 0) {
                    total++;
                    covered += point.regret().low() <= truth && truth <= point.regret().high() ? 1 : 0;
                }
            }
        }
        assertThat(total).isEqualTo(20);
        assertThat(covered).isGreaterThanOrEqualTo(16);
    }

    @Test
    void shouldSkipThresholdsTheRunDidNotMeasure() {
        Threshold other = new Threshold(Map.of("op", "sum", "dtype", "int32", "layout", "native"),
                "zero-copy-parallel", "spin", 2, 1_000L, null, null, null, List.of());
        RegretReport report = Regrets.of(new Advice(MACHINE, AdvicePolicy.REGRET, List.of(other, threshold(40_000L, 80_000.0))), "t.json",
                Analysis.of(SimulatedMachine.run(3, SIZES, 3, 0.01)), MACHINE);
        assertThat(report.variants()).hasSize(1);
        assertThat(report.sizes()).isEqualTo(SIZES);
        assertThat(report.max(Policy.NEVER)).isGreaterThan(0.5);
        assertThat(report.mean(Policy.ADVISED)).isLessThan(0.02);
    }

    @Test
    void shouldReadBackTheRegretDocumentItWrites() throws Exception {
        RegretReport written = regret(threshold(60_000L, 80_000.0), 4);
        Path file = folder.resolve("regret.json");
        RegretFiles.write(written, file);
        RegretReport read = RegretFiles.read(file);
        assertThat(read.sizes()).isEqualTo(written.sizes());
        assertThat(read.machine()).isEqualTo(MACHINE);
        assertThat(read.variants().get(0).threshold().parallelFrom()).isEqualTo(60_000L);
        for (Policy policy : Policy.values()) {
            assertThat(read.max(policy)).isCloseTo(written.max(policy), within(1e-12));
            assertThat(read.variants().get(0).of(policy).points())
                    .isEqualTo(written.variants().get(0).of(policy).points());
        }
    }

    @Test
    void shouldNeverCallARegretNegative() {
        assertThat(Regrets.regret(true, 100, 50)).isZero();
        assertThat(Regrets.regret(false, 100, 50)).isCloseTo(1, within(1e-12));
        assertThat(Regrets.regret(false, 100, -5)).isZero();
    }
}

package dev.arraybench.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Statistical properties of the gate on seeded simulations (not timings): at the default threshold and
 * confidence, noise alone almost never fails a build, and a 10% slowdown measured with the forks and
 * iterations that {@code docs/ci.md} recommends is almost always caught. Print the full table with:
 *
 * <pre>
 * ./mvnw -B -q -pl bench-core test -Dtest=GateSimulationTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Darraybench.simulation.table=true
 * </pre>
 */
class GateSimulationTest {

    /** The setting {@code docs/ci.md} recommends: 15 forks x 10 iterations. */
    static final SyntheticRuns CI = SyntheticRuns.realistic(15, 10);

    private static final GateSettings DEFAULTS = GateSettings.defaults();

    @Test
    void shouldRaiseAtMostOnePercentFalseAlarmsOnNoiseAlone() {
        GateSimulation.Rates rates = GateSimulation.run(CI, 1.0, false, DEFAULTS, 11);
        System.out.println("A/A, 15 forks x 10 iterations: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isLessThanOrEqualTo(0.01);
        assertThat(rates.rate(Verdict.IMPROVEMENT)).isLessThanOrEqualTo(0.01);
    }

    @Test
    void shouldCatchATenPercentSlowdownAtLeast95PercentOfTheTime() {
        GateSimulation.Rates rates = GateSimulation.run(CI, 1.10, false, DEFAULTS, 12);
        System.out.println("10% slower, 15 forks x 10 iterations: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(0.95);
        assertThat(rates.rate(Verdict.IMPROVEMENT)).isZero();
    }

    @Test
    void shouldCatchASlowdownMeasuredAsThroughputToo() {
        GateSimulation.Rates rates = GateSimulation.run(CI, 1.10, true, DEFAULTS, 14);
        System.out.println("10% slower as ops/us, 15 forks x 10 iterations: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldStayQuietWithFewForksAndHarshNoise() {
        SyntheticRuns harsh = SyntheticRuns.realistic(3, 5).withSpreads(0.04, 0.05, 0.05);
        GateSimulation.Rates rates = GateSimulation.run(harsh, 1.0, false, DEFAULTS, 15);
        System.out.println("A/A, 3 forks x 5 iterations, harsh noise: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isLessThanOrEqualTo(0.01);
    }

    @Test
    @EnabledIfSystemProperty(named = "arraybench.simulation.table", matches = "true")
    void shouldPrintTheRatesOfSeveralSettings() {
        System.out.print(GateSimulation.table(new int[][] {{3, 5}, {5, 10}, {10, 10}, {15, 10}, {20, 8}}));
    }
}

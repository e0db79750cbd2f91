package dev.arraybench.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistical properties of the gate on seeded simulations (not timings), at the default threshold (5%)
 * and confidence (99%), {@link GateSimulation#PAIRS} pairs a case. Print the table of {@code docs/ci.md}:
 *
 * <pre>
 * ./mvnw -B -q -pl bench-core test -Dtest=GateSimulationTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Darraybench.simulation.table=true
 * </pre>
 */
class GateSimulationTest {

    private static final GateSettings DEFAULTS = GateSettings.defaults();

    @ParameterizedTest(name = "{0} forks")
    @ValueSource(ints = {1, 3, 5, 10})
    void shouldRaiseAtMostOnePercentFalseAlarmsOnNoiseAloneAtEveryForkCount(int forks) {
        GateSimulation.Rates rates = GateSimulation.run(SyntheticRuns.realistic(forks, 10), 1.0, false, DEFAULTS,
                11 + forks);
        System.out.println("A/A, " + forks + " forks x 10 iterations: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isLessThanOrEqualTo(0.01);
        assertThat(rates.rate(Verdict.IMPROVEMENT)).isLessThanOrEqualTo(0.01);
    }

    @Test
    void shouldCatchATwentyPercentSlowdownAt3ForksAtLeast99PercentOfTheTime() {
        GateSimulation.Rates rates = GateSimulation.run(SyntheticRuns.realistic(3, 10), 1.20, false, DEFAULTS, 21);
        System.out.println("20% slower, 3 forks x 10 iterations: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void shouldCatchATwentyPercentSlowdownWithOneForkASide() {
        GateSimulation.Rates rates = GateSimulation.run(SyntheticRuns.realistic(1, 10), 1.20, false, DEFAULTS, 22);
        System.out.println("20% slower, 1 fork x 10 iterations: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0} forks")
    @ValueSource(ints = {1, 3})
    void shouldAlwaysCatchAFourfoldSlowdown(int forks) {
        GateSimulation.Rates rates = GateSimulation.run(SyntheticRuns.realistic(forks, 10), 4.72, false, DEFAULTS,
                23 + forks);
        assertThat(rates.rate(Verdict.REGRESSION)).isEqualTo(1.0);
    }

    @Test
    void shouldCatchATenPercentSlowdownWithSixInterleavedForksAtLeast95PercentOfTheTime() {
        GateSimulation.Rates rates = GateSimulation.run(GateSimulation.interleaved(6), 1.10, false,
                DEFAULTS.withPaired(true), 31);
        System.out.println("10% slower, 6 interleaved forks x 10 iterations, paired: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(0.95);
        assertThat(rates.rate(Verdict.IMPROVEMENT)).isZero();
    }

    @Test
    void shouldRaiseAtMostOnePercentFalseAlarmsWhenPaired() {
        GateSimulation.Rates rates = GateSimulation.run(GateSimulation.interleaved(6), 1.0, false,
                DEFAULTS.withPaired(true), 32);
        System.out.println("A/A, 6 interleaved forks x 10 iterations, paired: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isLessThanOrEqualTo(0.01);
    }

    @Test
    void shouldCatchASlowdownMeasuredAsThroughputToo() {
        GateSimulation.Rates rates = GateSimulation.run(SyntheticRuns.realistic(3, 10), 1.20, true, DEFAULTS, 14);
        System.out.println("20% slower as ops/us, 3 forks x 10 iterations: " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(0.99);
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
        System.out.print(GateSimulation.table());
    }
}

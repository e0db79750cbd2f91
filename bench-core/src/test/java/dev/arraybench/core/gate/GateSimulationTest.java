package dev.arraybench.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    private static final GateSettings PAIRED = DEFAULTS.withPaired(true);

    static Stream<Arguments> noiseAlone() {
        return Stream.of(
                Arguments.of("1 forks x 10 iterations", SyntheticRuns.realistic(1, 10), DEFAULTS, 12),
                Arguments.of("3 forks x 10 iterations", SyntheticRuns.realistic(3, 10), DEFAULTS, 14),
                Arguments.of("5 forks x 10 iterations", SyntheticRuns.realistic(5, 10), DEFAULTS, 16),
                Arguments.of("10 forks x 10 iterations", SyntheticRuns.realistic(10, 10), DEFAULTS, 21),
                Arguments.of("6 interleaved forks x 10 iterations, paired", GateSimulation.interleaved(6), PAIRED, 32),
                Arguments.of("3 forks x 5 iterations, harsh noise",
                        SyntheticRuns.realistic(3, 5).withSpreads(0.04, 0.05, 0.05), DEFAULTS, 15));
    }

    @ParameterizedTest(name = "A/A, {0}")
    @MethodSource("noiseAlone")
    void shouldRaiseAtMostOnePercentFalseAlarmsOnNoiseAlone(String label, SyntheticRuns noise,
            GateSettings settings, long seed) {
        GateSimulation.Rates rates = GateSimulation.run(noise, 1.0, false, settings, seed);
        System.out.println("A/A, " + label + ": " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isLessThanOrEqualTo(0.01);
        assertThat(rates.rate(Verdict.IMPROVEMENT)).isLessThanOrEqualTo(0.01);
    }

    static Stream<Arguments> slowdowns() {
        return Stream.of(
                Arguments.of("20% slower, 3 forks x 10 iterations", SyntheticRuns.realistic(3, 10), 1.20, false,
                        DEFAULTS, 21, 0.99),
                Arguments.of("20% slower, 1 fork x 10 iterations", SyntheticRuns.realistic(1, 10), 1.20, false,
                        DEFAULTS, 22, 0.95),
                Arguments.of("4.72x slower, 1 fork x 10 iterations", SyntheticRuns.realistic(1, 10), 4.72, false,
                        DEFAULTS, 24, 1.0),
                Arguments.of("4.72x slower, 3 forks x 10 iterations", SyntheticRuns.realistic(3, 10), 4.72, false,
                        DEFAULTS, 26, 1.0),
                Arguments.of("10% slower, 6 interleaved forks x 10 iterations, paired", GateSimulation.interleaved(6),
                        1.10, false, PAIRED, 31, 0.95),
                Arguments.of("20% slower as ops/us, 3 forks x 10 iterations", SyntheticRuns.realistic(3, 10), 1.20,
                        true, DEFAULTS, 14, 0.99));
    }

    @ParameterizedTest(name = "{0}: caught at least {6}")
    @MethodSource("slowdowns")
    void shouldCatchASlowdownAtLeastAsOftenAsClaimed(String label, SyntheticRuns noise, double slowdown,
            boolean throughput, GateSettings settings, long seed, double caught) {
        GateSimulation.Rates rates = GateSimulation.run(noise, slowdown, throughput, settings, seed);
        System.out.println(label + ": " + rates);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(caught);
        assertThat(rates.rate(Verdict.IMPROVEMENT)).isZero();
    }

    @Test
    @EnabledIfSystemProperty(named = "arraybench.simulation.table", matches = "true")
    void shouldPrintTheRatesOfSeveralSettings() {
        System.out.print(GateSimulation.table());
    }
}

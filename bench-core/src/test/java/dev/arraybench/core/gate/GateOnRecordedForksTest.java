package dev.arraybench.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.gate.RecordedForks.Draw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The gate on real noise: comparisons drawn from forks recorded on this project's machine
 * ({@code docs/results/aa-*.json}), where forks differ far more than in the synthetic runs. Print the table
 * of {@code docs/ci.md}:
 *
 * <pre>
 * ./mvnw -B -q -pl bench-core -am test -Dtest=GateOnRecordedForksTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Darraybench.simulation.table=true
 * </pre>
 */
class GateOnRecordedForksTest {

    /**
     * The gate claims at most 1% false alarms at 99%. The 1,000 draws of a case reuse one recording's 60
     * forks: they resolve that recording's rate to about 0.3 points (one standard error at 1%), which says
     * nothing of how another recording would do; the bound allows 1.5%.
     */
    private static final double FALSE_ALARMS = 0.015;

    @Test
    void shouldRaiseAboutOnePercentFalseAlarmsOnRealForksWithTwoForksASide() {
        for (RecordedForks recorded : GateSimulation.recordings()) {
            for (Draw draw : new Draw[] {Draw.INDEPENDENT, Draw.NEIGHBOURS}) {
                GateSimulation.Rates rates = GateSimulation.run(recorded, 2, draw, 1.0, 0.99, 41);
                System.out.println("A/A, " + recorded.label() + ", 2 forks a side, " + draw.label() + ": " + rates);
                assertThat(rates.rate(Verdict.REGRESSION)).isLessThanOrEqualTo(FALSE_ALARMS);
            }
        }
    }

    @Test
    void shouldRaiseAboutOnePercentFalseAlarmsOnIndependentRealForksWithFifteenForksASide() {
        for (RecordedForks recorded : GateSimulation.recordings()) {
            GateSimulation.Rates rates = GateSimulation.run(recorded, 15, Draw.INDEPENDENT, 1.0, 0.99, 42);
            System.out.println("A/A, " + recorded.label() + ", 15 independent forks a side: " + rates);
            assertThat(rates.rate(Verdict.REGRESSION)).isLessThanOrEqualTo(FALSE_ALARMS);
        }
    }

    @Test
    void shouldCatchATwentyPercentSlowdownOfTheSequentialLoopWithFifteenForksASide() {
        GateSimulation.Rates rates = twentyPercentSlower(GateSimulation.recordings().get(0));
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThanOrEqualTo(0.99);
    }

    /** The spin pool's forks differ by about 27%: 15 forks a side cannot show a 20% slowdown reliably. */
    @Test
    void shouldLeaveMostTwentyPercentSlowdownsOfTheSpinPoolUndecidedRatherThanPassThem() {
        GateSimulation.Rates rates = twentyPercentSlower(GateSimulation.recordings().get(1));
        assertThat(rates.rate(Verdict.UNDECIDED)).isGreaterThan(0.5);
        assertThat(rates.rate(Verdict.REGRESSION)).isGreaterThan(0.1);
        assertThat(rates.rate(Verdict.EQUIVALENT) + rates.rate(Verdict.IMPROVEMENT)).isZero();
    }

    /** The rates of a 20% slowdown of {@code recorded} with 15 independent forks a side, printed. */
    private static GateSimulation.Rates twentyPercentSlower(RecordedForks recorded) {
        GateSimulation.Rates rates = GateSimulation.run(recorded, 15, Draw.INDEPENDENT, 1.20, 0.99, 43);
        System.out.println("20% slower, " + recorded.label() + ", 15 forks a side: " + rates);
        return rates;
    }

    @Test
    @EnabledIfSystemProperty(named = "arraybench.simulation.table", matches = "true")
    void shouldPrintTheRatesOnRecordedForks() {
        System.out.print(GateSimulation.recordedTable());
    }
}

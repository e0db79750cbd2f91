package dev.arraybench.core.gate;

import dev.arraybench.core.result.EnvironmentDifference;
import static dev.arraybench.core.gate.Samples.STEADY;
import static dev.arraybench.core.gate.Samples.avgt;
import static dev.arraybench.core.gate.Samples.result;
import static dev.arraybench.core.gate.Samples.run;
import static dev.arraybench.core.gate.Samples.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.arraybench.core.result.RunResults;
import org.junit.jupiter.api.Test;

class GateTest {

    private static final GateSettings DEFAULTS = GateSettings.defaults();

    private static BenchmarkComparison decide(double[][] baseline, double[][] current) {
        return Gate.decide(avgt(baseline), avgt(current), DEFAULTS);
    }

    @Test
    void shouldFlagASlowdownBeyondTheThreshold() {
        BenchmarkComparison slower = decide(STEADY, times(STEADY, 1.2));
        assertThat(slower.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(slower.ratio()).isCloseTo(1.2, offset(1e-9));
        assertThat(slower.ratioInterval().above(1.05)).isTrue();
        assertThat(slower.pValue()).isLessThan(0.01);
        assertThat(slower.reason()).startsWith("slower beyond the 5.0% threshold: change +20.0%");
        assertThat(slower.baseline().forks()).isEqualTo(5);
        assertThat(slower.baseline().samples()).isEqualTo(15);
    }

    @Test
    void shouldFlagAClearSlowdownWithThreeForks() {
        double[][] threeForks = {STEADY[0], STEADY[1], STEADY[2]};
        BenchmarkComparison slower = decide(threeForks, times(threeForks, 1.2));
        assertThat(slower.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(slower.evidence().method()).isEqualTo("t on log fork means");
        assertThat(slower.evidence().ratioInterval().above(1.05)).isTrue();
    }

    @Test
    void shouldCallASpeedupBeyondTheThresholdAnImprovement() {
        assertThat(decide(STEADY, times(STEADY, 0.8)).verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void shouldReadFewerOperationsPerTimeAsSlower() {
        double[][] perSecond = times(STEADY, 1000);
        BenchmarkComparison fewer = Gate.decide(result("thrpt", "ops/s", perSecond),
                result("thrpt", "ops/s", times(perSecond, 0.8)), DEFAULTS);
        BenchmarkComparison more = Gate.decide(result("thrpt", "ops/s", perSecond),
                result("thrpt", "ops/s", times(perSecond, 1.2)), DEFAULTS);
        assertThat(fewer.lowerIsBetter()).isFalse();
        assertThat(fewer.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(more.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void shouldCallAChangeWellInsideTheThresholdEquivalent() {
        BenchmarkComparison same = decide(STEADY, times(STEADY, 1.01));
        assertThat(same.verdict()).isEqualTo(Verdict.EQUIVALENT);
        assertThat(same.reason()).startsWith("within ±5.0%");
    }

    @Test
    void shouldNotDecideWhenTheNoiseIsWiderThanTheThreshold() {
        double[][] noisy = {{80, 120, 95}, {110, 90, 130}, {70, 105, 100}};
        BenchmarkComparison wide = decide(noisy, times(noisy, 1.03));
        assertThat(wide.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(wide.reason()).contains("too noisy to show it within ±5.0%", "forks a side would decide");
    }

    @Test
    void shouldFlagAClearSlowdownWithOneForkAndSayWhatItAssumed() {
        double[][] oneFork = {{100, 101, 99, 100, 102, 98, 100, 101, 99, 100}};
        BenchmarkComparison slower = decide(oneFork, times(oneFork, 4.72));
        assertThat(slower.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(slower.reason()).contains("assumed between-fork noise 3.0% (no calibration)");
        assertThat(decide(oneFork, times(oneFork, 1.2)).verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void shouldLeaveASmallChangeWithOneForkUndecidedAndSayWhatWouldDecideIt() {
        double[][] oneFork = {{100, 101, 99, 100, 102, 98, 100, 101, 99, 100}};
        BenchmarkComparison small = decide(oneFork, times(oneFork, 1.06));
        assertThat(small.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(small.evidence().detectable()).isBetween(0.1, 0.2);
        assertThat(small.evidence().forksNeeded()).isGreaterThan(2);
        assertThat(small.reason()).contains("could detect a change of ",
                small.evidence().forksNeeded() + " forks a side would decide at ±5.0%");
    }

    @Test
    void shouldTakeTheBetweenForkNoiseOfOneForkFromTheCalibration() {
        double[][] oneFork = {{100, 101, 99, 100, 102, 98, 100, 101, 99, 100}};
        Calibration quiet = new Calibration(null, 0.05, 0.99, java.util.List.of(new Calibration.Entry(
                BenchmarkId.of(avgt(oneFork)), 2, 2, 10, new Noise(0.002, 0.01), 2)));
        BenchmarkComparison small = Gate.decide(avgt(oneFork), avgt(times(oneFork, 1.08)),
                DEFAULTS.withCalibration(quiet));
        assertThat(small.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(small.reason()).contains("between-fork noise 0.2% from the calibration");
    }

    @Test
    void shouldPairNeighbouringForksOfAnInterleavedRun() {
        double[][] drifting = {{100, 101}, {120, 121}, {90, 91}, {110, 111}};
        double[][] slower = times(drifting, 1.08);
        assertThat(decide(drifting, slower).verdict()).isEqualTo(Verdict.UNDECIDED);
        BenchmarkComparison paired = Gate.decide(avgt(drifting), avgt(slower), DEFAULTS.withPaired(true));
        assertThat(paired.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(paired.evidence().method()).isEqualTo("paired t on log ratios of neighbouring forks");
    }

    @Test
    void shouldNotFlagAChangeThatIsNotSignificant() {
        BenchmarkComparison tiny = decide(new double[][] {{100}, {140}}, new double[][] {{130}, {170}});
        assertThat(tiny.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(tiny.reason()).contains("beyond ±5.0% but not significant");
    }

    @Test
    void shouldFailOnUndecidedOnlyWhenAsked() {
        double[][] noisy = {{80, 120, 95}, {110, 90, 130}, {70, 105, 100}};
        RunResults baseline = run("cpu", avgt(noisy));
        RunResults current = run("cpu", avgt(times(noisy, 1.03)));
        assertThat(Gate.compare(baseline, current, DEFAULTS).passed()).isTrue();
        Comparison strict = Gate.compare(baseline, current, DEFAULTS.withFailOnUndecided(true));
        assertThat(strict.undecidedFail()).isTrue();
        assertThat(strict.passed()).isFalse();
    }

    @Test
    void shouldWarnAboutAFileMeasuredInProcess() {
        RunResults inProcess = Samples.runWithForks(0, "cpu", avgt(new double[][] {{100, 101, 99}}));
        Comparison comparison = Gate.compare(inProcess, run("cpu", avgt(STEADY)), DEFAULTS);
        assertThat(comparison.warnings()).singleElement().asString()
                .startsWith("the baseline file was measured in-process (forks: 0)");
        assertThat(comparison.benchmarks()).hasSize(1);
    }

    @Test
    void shouldNotCompareDifferentUnits() {
        BenchmarkComparison units = Gate.decide(avgt(STEADY), result("avgt", "ns/op", times(STEADY, 1000)),
                DEFAULTS);
        assertThat(units.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(units.reason()).isEqualTo("units differ: us/op in the baseline, ns/op now");
        assertThat(units.ratio()).isNaN();
    }

    @Test
    void shouldGiveTheSameIntervalsForTheSameSeed() {
        double[][] noisy = {{80, 120, 95}, {110, 90, 130}, {70, 105, 100}};
        assertThat(decide(noisy, times(noisy, 1.1))).isEqualTo(decide(noisy, times(noisy, 1.1)));
    }

    @Test
    void shouldMatchOnEveryParameterWhateverTheirOrder() {
        RunResults baseline = run("cpu", avgt(STEADY, "op", "scale", "size", "1M"),
                avgt(STEADY, "op", "scale", "size", "2M"));
        RunResults current = run("cpu", avgt(STEADY, "size", "1M", "op", "scale"),
                avgt(STEADY, "op", "scale", "size", "4M"));
        Comparison comparison = Gate.compare(baseline, current, DEFAULTS);
        assertThat(comparison.benchmarks()).singleElement()
                .satisfies(b -> assertThat(b.id().param("size")).isEqualTo("1M"));
        assertThat(comparison.onlyInBaseline()).singleElement()
                .satisfies(id -> assertThat(id.param("size")).isEqualTo("2M"));
        assertThat(comparison.onlyInCurrent()).singleElement()
                .satisfies(id -> assertThat(id.param("size")).isEqualTo("4M"));
    }

    @Test
    void shouldKeepModesApart() {
        Comparison comparison = Gate.compare(run("cpu", avgt(STEADY)),
                run("cpu", result("thrpt", "ops/us", STEADY)), DEFAULTS);
        assertThat(comparison.benchmarks()).isEmpty();
        assertThat(comparison.unmatched()).isEqualTo(2);
    }

    @Test
    void shouldFailOnMissingBenchmarksOnlyWhenStrict() {
        RunResults baseline = run("cpu", avgt(STEADY, "size", "1M"), avgt(STEADY, "size", "2M"));
        RunResults current = run("cpu", avgt(STEADY, "size", "1M"));
        GateSettings strict = new GateSettings(0.05, 0.99, 1, true);
        assertThat(Gate.compare(baseline, current, DEFAULTS).passed()).isTrue();
        assertThat(Gate.compare(baseline, current, strict).passed()).isFalse();
        assertThat(Gate.compare(baseline, current, strict).unmatchedFail()).isTrue();
    }

    @Test
    void shouldFailOnARegression() {
        Comparison comparison = Gate.compare(run("cpu", avgt(STEADY, "size", "1M"), avgt(STEADY, "size", "2M")),
                run("cpu", avgt(times(STEADY, 1.3), "size", "1M"), avgt(STEADY, "size", "2M")), DEFAULTS);
        assertThat(comparison.count(Verdict.REGRESSION)).isEqualTo(1);
        assertThat(comparison.count(Verdict.EQUIVALENT)).isEqualTo(1);
        assertThat(comparison.passed()).isFalse();
    }

    @Test
    void shouldRefuseAFileThatHoldsTheSameBenchmarkTwice() {
        RunResults twice = run("cpu", avgt(STEADY, "size", "1M"), avgt(STEADY, "size", "1M"));
        assertThatThrownBy(() -> Gate.compare(run("cpu"), twice, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("current file: benchmark KernelBenchmark.run size=1M [avgt] appears more");
        assertThat(Gate.firstDuplicate(twice)).hasValueSatisfying(id -> assertThat(id.param("size")).isEqualTo("1M"));
        assertThat(Gate.firstDuplicate(run("cpu", avgt(STEADY, "size", "1M")))).isEmpty();
    }

    @Test
    void shouldNameEveryEnvironmentFieldThatDiffers() {
        Comparison comparison = Gate.compare(run("Xeon"), run("EPYC"), DEFAULTS);
        assertThat(comparison.environmentDifferences())
                .containsExactly(new EnvironmentDifference("cpuModel", "Xeon", "EPYC"));
        assertThat(Gate.compare(run("Xeon"), run("Xeon"), DEFAULTS).environmentDifferences()).isEmpty();
    }
}

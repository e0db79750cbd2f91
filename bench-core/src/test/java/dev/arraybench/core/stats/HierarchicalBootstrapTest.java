package dev.arraybench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class HierarchicalBootstrapTest {

    private static final HierarchicalBootstrap BOOTSTRAP = HierarchicalBootstrap.analysis();

    @Test
    void shouldGiveAZeroWidthIntervalForIdenticalSamples() {
        Interval mean = BOOTSTRAP.mean(new double[][] {{5, 5, 5}, {5, 5}});
        assertThat(mean).isEqualTo(new Interval(5, 5, 5));
    }

    @Test
    void shouldLeaveTheIntervalUnknownWithASingleSample() {
        Interval mean = BOOTSTRAP.mean(new double[][] {{7}});
        assertThat(mean.estimate()).isEqualTo(7);
        assertThat(mean.known()).isFalse();
        assertThat(mean.above(1)).isFalse();
        assertThat(BOOTSTRAP.ratio(new double[][] {{7}}, new double[][] {{1, 2}}).known()).isFalse();
    }

    @Test
    void shouldBeReproducibleBecauseItIsSeeded() {
        double[][] samples = {{10, 12, 11, 13}, {9, 14, 10, 12}};
        assertThat(BOOTSTRAP.mean(samples)).isEqualTo(BOOTSTRAP.mean(samples));
        assertThat(BOOTSTRAP.ratio(samples, samples)).isEqualTo(BOOTSTRAP.ratio(samples, samples));
    }

    @Test
    void shouldContainTheEstimateAndStayWithinTheSamples() {
        Interval mean = BOOTSTRAP.mean(new double[][] {{10, 12, 11, 13, 9}});
        assertThat(mean.estimate()).isEqualTo(11, within(1e-12));
        assertThat(mean.low()).isLessThan(11).isGreaterThanOrEqualTo(9);
        assertThat(mean.high()).isGreaterThan(11).isLessThanOrEqualTo(13);
    }

    @Test
    void shouldWidenWhenForksDisagreeEvenIfEachForkIsSteady() {
        Interval steady = BOOTSTRAP.mean(new double[][] {{10, 10.1, 10}, {10, 10.1, 10}});
        Interval forksApart = BOOTSTRAP.mean(new double[][] {{8, 8.1, 8}, {12, 12.1, 12}});
        assertThat(forksApart.high() - forksApart.low()).isGreaterThan(20 * (steady.high() - steady.low()));
    }

    @Test
    void shouldComputeARatioOfMeans() {
        Interval ratio = BOOTSTRAP.ratio(new double[][] {{100, 100}}, new double[][] {{25, 25}});
        assertThat(ratio).isEqualTo(new Interval(4, 4, 4));
    }

    @Test
    void shouldBracketTheRatioOfTheMeansAtTheConfidenceAsked() {
        double[][] baseline = {{99, 101}, {100, 102}, {98, 100}};
        double[][] current = {{119, 121}, {120, 122}, {118, 121}};
        Interval ratio = new HierarchicalBootstrap(2000, 0.99, 7).ratio(current, baseline);
        assertThat(ratio.low()).isBetween(1.15, 1.2);
        assertThat(ratio.high()).isBetween(1.2, 1.25);
        Interval narrower = new HierarchicalBootstrap(2000, 0.8, 7).ratio(current, baseline);
        assertThat(narrower.high() - narrower.low()).isLessThan(ratio.high() - ratio.low());
    }

    @Test
    void shouldTakeNoChangeAsARatioOfOne() {
        assertThat(HierarchicalBootstrap.ratio(0, 0)).isEqualTo(1);
        assertThat(HierarchicalBootstrap.ratio(3, 2)).isEqualTo(1.5);
        assertThat(BOOTSTRAP.ratio(new double[][] {{0, 0}}, new double[][] {{0, 0}})).isEqualTo(new Interval(1, 1, 1));
    }

    @Test
    void shouldRefuseSettingsThatCannotGiveAnInterval() {
        assertThatThrownBy(() -> new HierarchicalBootstrap(10, 0.95, 1)).hasMessageContaining("resamples: 10");
        assertThatThrownBy(() -> new HierarchicalBootstrap(2000, 1, 1)).hasMessageContaining("confidence: 1.0");
    }

    @Test
    void shouldResampleMeansReproduciblyAndIndependentlyPerStream() {
        double[][] samples = {{10, 12, 11, 13}, {9, 14, 10, 12}};
        double[] first = BOOTSTRAP.resampledMeans(samples, 0);
        assertThat(first).hasSize(HierarchicalBootstrap.RESAMPLES).containsExactly(BOOTSTRAP.resampledMeans(samples, 0));
        assertThat(first).isNotEqualTo(BOOTSTRAP.resampledMeans(samples, 1));
        assertThat(HierarchicalBootstrap.median(first.clone())).isCloseTo(11.375, within(0.3));
        Interval interval = BOOTSTRAP.interval(11.375, first);
        assertThat(interval.low()).isGreaterThanOrEqualTo(9).isLessThan(11.375);
        assertThat(interval.high()).isLessThanOrEqualTo(14).isGreaterThan(11.375);
    }

    @Test
    void shouldSpreadResampledMeansByTheUnbiasedVarianceOfTheForkMeans() {
        // two steady forks at 1 and 3: drawing two forks gives 1, 2 or 3 (variance 0.5); the fork means' unbiased
        // variance over n = 2 is 2 / 2 = 1, which the corrected means must show
        double[][] forks = {{1, 1, 1}, {3, 3, 3}};
        double[] means = BOOTSTRAP.resampledMeans(forks, 7);
        double mean = Arrays.stream(means).average().orElseThrow();
        double variance = Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum() / (means.length - 1);
        assertThat(mean).isCloseTo(2, within(0.05));
        assertThat(variance).isCloseTo(1, within(0.08));
    }

    @Test
    void shouldLetInfiniteResamplesWidenTheIntervalOnTheirSide() {
        double[] values = new double[100];
        Arrays.fill(values, 0, 90, 5);
        Arrays.fill(values, 90, 100, Double.POSITIVE_INFINITY);
        Interval interval = BOOTSTRAP.interval(5, values);
        assertThat(interval.low()).isEqualTo(5);
        assertThat(interval.high()).isInfinite();
        assertThat(HierarchicalBootstrap.median(values)).isEqualTo(5);
    }
}

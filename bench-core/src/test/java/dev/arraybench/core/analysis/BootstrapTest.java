package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void shouldGiveAZeroWidthIntervalForIdenticalSamples() {
        Interval mean = Bootstrap.mean(new double[][] {{5, 5, 5}, {5, 5}});
        assertThat(mean).isEqualTo(new Interval(5, 5, 5));
    }

    @Test
    void shouldLeaveTheIntervalUnknownWithASingleSample() {
        Interval mean = Bootstrap.mean(new double[][] {{7}});
        assertThat(mean.estimate()).isEqualTo(7);
        assertThat(mean.known()).isFalse();
        assertThat(mean.above(1)).isFalse();
        assertThat(Bootstrap.ratio(new double[][] {{7}}, new double[][] {{1, 2}}).known()).isFalse();
    }

    @Test
    void shouldBeReproducibleBecauseItIsSeeded() {
        double[][] samples = {{10, 12, 11, 13}, {9, 14, 10, 12}};
        assertThat(Bootstrap.mean(samples)).isEqualTo(Bootstrap.mean(samples));
        assertThat(Bootstrap.ratio(samples, samples)).isEqualTo(Bootstrap.ratio(samples, samples));
    }

    @Test
    void shouldContainTheEstimateAndStayWithinTheSamples() {
        Interval mean = Bootstrap.mean(new double[][] {{10, 12, 11, 13, 9}});
        assertThat(mean.estimate()).isEqualTo(11, within(1e-12));
        assertThat(mean.low()).isLessThan(11).isGreaterThanOrEqualTo(9);
        assertThat(mean.high()).isGreaterThan(11).isLessThanOrEqualTo(13);
    }

    @Test
    void shouldWidenWhenForksDisagreeEvenIfEachForkIsSteady() {
        Interval steady = Bootstrap.mean(new double[][] {{10, 10.1, 10}, {10, 10.1, 10}});
        Interval forksApart = Bootstrap.mean(new double[][] {{8, 8.1, 8}, {12, 12.1, 12}});
        assertThat(forksApart.high() - forksApart.low()).isGreaterThan(20 * (steady.high() - steady.low()));
    }

    @Test
    void shouldComputeARatioOfMeans() {
        Interval ratio = Bootstrap.ratio(new double[][] {{100, 100}}, new double[][] {{25, 25}});
        assertThat(ratio).isEqualTo(new Interval(4, 4, 4));
    }
}

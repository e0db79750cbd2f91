package dev.arraybench.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HierarchicalBootstrapTest {

    private static HierarchicalBootstrap.Intervals intervals(List<List<Double>> baseline,
            List<List<Double>> current) {
        return intervals(baseline, current, 0.99);
    }

    private static HierarchicalBootstrap.Intervals intervals(List<List<Double>> baseline,
            List<List<Double>> current, double confidence) {
        return HierarchicalBootstrap.intervals(baseline, current, 2000, confidence, new SplittableRandom(7));
    }

    @Test
    void shouldGiveAPointIntervalWhenEverySampleIsTheSame() {
        List<List<Double>> flat = List.of(List.of(5.0, 5.0), List.of(5.0, 5.0));
        HierarchicalBootstrap.Intervals same = intervals(flat, flat);
        assertThat(same.baseline()).isEqualTo(new Interval(5, 5));
        assertThat(same.ratio()).isEqualTo(new Interval(1, 1));
    }

    @Test
    void shouldTakeTheCentralPercentilesOfTheResamples() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
        assertThat(HierarchicalBootstrap.percentile(values, 0.9)).isEqualTo(new Interval(6, 95));
    }

    @Test
    void shouldWidenWhenForksDisagreeAlthoughThePooledSamplesAreTheSame() {
        List<List<Double>> mixed = List.of(List.of(90.0, 110.0), List.of(90.0, 110.0), List.of(90.0, 110.0));
        List<List<Double>> apart = List.of(List.of(90.0, 90.0), List.of(110.0, 110.0), List.of(90.0, 110.0));
        Interval withinForks = intervals(mixed, mixed, 0.8).baseline();
        Interval betweenForks = intervals(apart, apart, 0.8).baseline();
        assertThat(betweenForks.high() - betweenForks.low()).isGreaterThan(withinForks.high() - withinForks.low());
    }

    @Test
    void shouldBracketTheRatioOfTheMeans() {
        List<List<Double>> baseline = List.of(List.of(99.0, 101.0), List.of(100.0, 102.0), List.of(98.0, 100.0));
        List<List<Double>> current = List.of(List.of(119.0, 121.0), List.of(120.0, 122.0), List.of(118.0, 121.0));
        Interval ratio = intervals(baseline, current).ratio();
        assertThat(ratio.low()).isBetween(1.15, 1.2);
        assertThat(ratio.high()).isBetween(1.2, 1.25);
    }

    @Test
    void shouldTakeNoChangeAsARatioOfOne() {
        assertThat(HierarchicalBootstrap.ratio(0, 0)).isEqualTo(1);
        assertThat(HierarchicalBootstrap.ratio(3, 2)).isEqualTo(1.5);
    }
}

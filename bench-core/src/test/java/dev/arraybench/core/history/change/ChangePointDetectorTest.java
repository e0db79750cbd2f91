package dev.arraybench.core.history.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChangePointDetectorTest {

    private static final ChangePointDetector DETECTOR = ChangeDetection.detector(0.05, 0.99);

    private static double[] noisy(int n, double level, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return random.doubles(n, level * 0.99, level * 1.01).toArray();
    }

    private static double[] join(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }

    @Test
    void shouldPlaceATenPercentStepAtItsCommitWithAnIntervalAroundItsSize() {
        List<ChangePoint> changes = DETECTOR.detect(join(noisy(40, 100, 1), noisy(30, 110, 2)));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.index()).isEqualTo(40);
            assertThat(change.size()).isBetween(0.09, 0.11);
            assertThat(change.low()).isLessThan(0.10).isLessThan(change.size());
            assertThat(change.high()).isGreaterThan(0.10).isGreaterThan(change.size());
            assertThat(change.pValue()).isLessThan(0.01);
        });
    }

    @Test
    void shouldFindAStepDownAndAStepBackUp() {
        List<ChangePoint> changes = DETECTOR.detect(join(noisy(30, 100, 3), noisy(30, 80, 4), noisy(30, 100, 5)));

        assertThat(changes).extracting(ChangePoint::index).containsExactly(30, 60);
        assertThat(changes.get(0).size()).isNegative();
        assertThat(changes.get(1).size()).isPositive();
    }

    @Test
    void shouldNotReportASignificantChangeShownSmallerThanTheThreshold() {
        double[] values = join(noisy(100, 100, 6), noisy(100, 102, 7));

        assertThat(ChangeDetection.detector(0.01, 0.99).detect(values)).hasSize(1);
        assertThat(DETECTOR.detect(values)).isEmpty();
    }

    @Test
    void shouldIgnoreOneSpikeEvenAtTheNewestCommit() {
        double[] values = noisy(60, 100, 8);
        values[59] = 150;
        values[30] = 150;

        assertThat(DETECTOR.detect(values)).isEmpty();
    }

    @Test
    void shouldFindNothingInTooShortASeries() {
        assertThat(DETECTOR.detect(new double[] {100, 100, 200, 200, 200})).isEmpty();
        assertThat(DETECTOR.detect(new double[0])).isEmpty();
    }

    @Test
    void shouldSplitBothSegmentationsAtAClearStep() {
        double[] values = join(noisy(20, 100, 9), noisy(20, 130, 10));

        assertThat(new EDivisive(SegmentTest.WELCH_T, 0.01).splits(values)).containsExactly(20);
        assertThat(new Pelt(3).splits(values)).containsExactly(20);
    }
}

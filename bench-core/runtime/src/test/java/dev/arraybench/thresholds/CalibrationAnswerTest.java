package dev.arraybench.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationAnswerTest {

    @Test
    void shouldNotTrustANeverFoundWhileTheJitWasCompiling() {
        int[] sizes = {1_000, 10_000, 100_000};
        List<double[][]> rounds = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            rounds.add(new double[][] {{1_000, 10_000, 100_000}, {5_000, 20_000, 150_000}});
        }
        assertThat(CalibrationAnswer.of("scale", sizes, rounds, 0, 1).stable()).isTrue();
        Crossing cold = CalibrationAnswer.of("scale", sizes, rounds, 2, 1);
        assertThat(cold.stable()).isFalse();
        assertThat(cold.neverPays()).isTrue();
        assertThat(cold.message()).contains("gave up", "2 more dropped as the JIT compiled",
                "parallel never won, but the JIT was still compiling", "staying sequential");
    }

    @Test
    void shouldGiveUpAndSaySoWhenOddAndEvenRoundsDisagree() {
        int[] sizes = {1_000, 10_000, 100_000};
        List<double[][]> rounds = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            // parallel wins from 10K in the even rounds, never in the odd ones (another process took a core)
            double[] parallel = r % 2 == 0 ? new double[] {2_000, 5_000, 50_000} : new double[] {4_000, 40_000, 400_000};
            rounds.add(new double[][] {{1_000, 10_000, 100_000}, parallel});
        }
        Crossing crossing = CalibrationAnswer.of("sum", sizes, rounds, 0, 200_000_000);
        assertThat(crossing.stable()).isFalse();
        assertThat(crossing.shouldParallelize(Long.MAX_VALUE - 1)).isFalse();
        assertThat(crossing.message()).contains("gave up", "8 rounds in 200.0 ms", "disagree", "never against",
                "staying sequential");
        List<double[][]> settled = new ArrayList<>(rounds.subList(0, 1));
        settled.addAll(List.of(rounds.get(0), rounds.get(2), rounds.get(4)));
        assertThat(CalibrationAnswer.of("sum", sizes, settled, 0, 1).stable()).isTrue();
    }

    @Test
    void shouldCountHalvesFarApartAsAgreeingWhereEitherAnswerCostsLittle() {
        int[] sizes = {1_000, 10_000, 100_000, 1_000_000};
        List<double[][]> rounds = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            // a flat profile: parallel 2% slower at 10K in the even rounds, 2% faster in the odd ones
            double atTenK = r % 2 == 0 ? 10_200 : 9_800;
            rounds.add(new double[][] {{1_000, 10_000, 100_000, 1_000_000}, {1_600, atTenK, 95_000, 900_000}});
        }
        Crossing crossing = CalibrationAnswer.of("sum", sizes, rounds, 0, 1);
        assertThat(crossing.stable()).isTrue();
        assertThat(crossing.message()).contains("agree: 9,095, 18,991", "3.5% slower at worst");
    }


    @Test
    void shouldNotTrustTwoNeversWhenStayingSequentialIsDearOnOneHalf() {
        int[] sizes = {1_000, 10_000, 100_000, 1_000_000};
        List<double[][]> rounds = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            // both halves say never, but the odd rounds saw parallel 3x faster at 100K (193.7% on the log grid)
            double atHundredK = r % 2 == 0 ? 500_000 : 33_333;
            rounds.add(new double[][] {{1_000, 10_000, 100_000, 1_000_000}, {5_000, 50_000, atHundredK, 5_000_000}});
        }
        Crossing crossing = CalibrationAnswer.of("scale", sizes, rounds, 0, 1);
        assertThat(crossing.stable()).isFalse();
        assertThat(crossing.message()).contains("gave up", "both say never, but staying sequential is 193.7% slower"
                + " at worst on one half's times");
    }
}

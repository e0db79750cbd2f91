package dev.arraybench.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.analysis.TestDimensions;
import dev.arraybench.core.gate.BenchmarkId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Break-even over commits from stored series: the sequential loop costs 1 ns per element; the parallel
 * variant a fixed cost plus 0.5 ns per element, the fixed cost 12.5 µs (break-even 25K) at c0 and c1 and
 * 50 µs (break-even 100K) from c2 on, each commit's forks 1% apart.
 */
class BreakEvenTrackTest {

    private static final long[] SIZES = {4_000, 16_000, 64_000, 256_000, 1_024_000};
    private static final String KERNEL = "dev.arraybench.scenarios.KernelBenchmark.run";

    private static Series series(String strategy, String pool, int threads, long size) {
        Map<String, String> params = TestDimensions.kernelParams("scale", "int32", "native", strategy, pool,
                Integer.toString(threads), Long.toString(size));
        List<CommitPoint> points = new ArrayList<>();
        for (int commit = 0; commit < 4; commit++) {
            double fixed = commit < 2 ? 12_500 : 50_000;
            double nanos = strategy.equals("sequential") ? size : fixed + 0.5 * size;
            double[] forks = new double[6];
            for (int f = 0; f < forks.length; f++) {
                forks[f] = nanos * (1 + 0.01 * Math.sin(7.0 * commit + f)) / 1000;
            }
            points.add(new CommitPoint("c" + commit, "2026-12-01T10:0" + commit + ":00Z", forks));
        }
        return new Series("cpu A", "m1", new BenchmarkId(KERNEL, "avgt", params), "us/op", true, points);
    }

    private static List<Series> history() {
        List<Series> all = new ArrayList<>();
        for (long size : SIZES) {
            all.add(series("sequential", "forkjoin", 1, size));
            all.add(series("zero-copy-parallel", "spin", 2, size));
        }
        return all;
    }

    @Test
    void shouldGiveEachCommitItsResultsWithTheForkMeansAsForks() {
        List<CommitResults> runs = CommitResults.of(history());
        assertThat(runs).extracting(CommitResults::commit).containsExactly("c0", "c1", "c2", "c3");
        assertThat(runs.get(0).results().benchmarks()).hasSize(2 * SIZES.length)
                .allSatisfy(b -> assertThat(b.samples()).hasSize(6).allSatisfy(f -> assertThat(f).hasSize(1)));
    }

    @Test
    void shouldFollowTheBreakEvenOverCommitsAndNameWhereItMoved() {
        List<BreakEvenTrack> tracks = BreakEvenTrack.of(CommitResults.of(history()),
                results -> results.withDimensions(TestDimensions.arraybench()));
        assertThat(tracks).hasSize(1);
        BreakEvenTrack track = tracks.get(0);
        assertThat(track.machine()).isEqualTo("cpu A");
        assertThat(track.commits()).containsExactly("c0", "c1", "c2", "c3");
        assertThat(track.breakEvens().get(0).size()).isBetween(20_000.0, 32_000.0);
        assertThat(track.breakEvens().get(3).size()).isBetween(80_000.0, 125_000.0);
        assertThat(track.moves()).singleElement().asString()
                .startsWith("scale int32 native / zero-copy-parallel spin").contains(": from 2", " to 1", "K at c1..c2");
    }

    @Test
    void shouldSayBeyondTheMeasuredRangeForAnInfiniteEstimate() {
        assertThat(BreakEvenTrack.size(Double.POSITIVE_INFINITY)).isEqualTo("beyond the measured range");
        assertThat(BreakEvenTrack.size(25_311)).isEqualTo("25K");
    }
}

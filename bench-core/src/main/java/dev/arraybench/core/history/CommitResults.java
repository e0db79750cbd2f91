package dev.arraybench.core.history;

import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.RunResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history read back as results again: one {@link RunResults} per machine class and commit, each
 * benchmark with the commit's fork means as its forks (one value each), so that what a results file gets
 * (speedups, break-evens) can be had per commit. The iterations stay in the database: fork means carry the
 * spread between forks, which the break-even's bootstrap resamples first.
 *
 * @param machine the machine class's label
 * @param commit the commit measured
 * @param time when it was measured, as stored
 * @param results the commit's results on that machine, without dimensions: the caller reads them by its own
 */
public record CommitResults(String machine, String commit, String time, RunResults results) {

    /** One per machine class and commit of {@code series}, by machine label, then time. */
    public static List<CommitResults> of(List<Series> series) {
        Map<List<String>, List<BenchmarkResult>> benchmarks = new LinkedHashMap<>();
        Map<List<String>, String[]> heads = new LinkedHashMap<>();
        for (Series one : series) {
            for (CommitPoint point : one.points()) {
                List<String> key = List.of(one.machineKey(), point.commit());
                heads.merge(key, new String[] {one.machine(), point.time()},
                        (a, b) -> a[1].compareTo(b[1]) <= 0 ? a : b);
                benchmarks.computeIfAbsent(key, k -> new ArrayList<>()).add(result(one, point));
            }
        }
        List<CommitResults> runs = new ArrayList<>();
        heads.forEach((key, head) -> runs.add(new CommitResults(head[0], key.get(1), head[1],
                new RunResults(RunResults.SCHEMA, null, null, null, null, benchmarks.get(key)))));
        runs.sort(Comparator.comparing(CommitResults::machine).thenComparing(CommitResults::time)
                .thenComparing(CommitResults::commit));
        return List.copyOf(runs);
    }

    private static BenchmarkResult result(Series series, CommitPoint point) {
        BenchmarkId id = series.benchmark();
        List<List<Double>> forks = new ArrayList<>();
        for (double mean : point.forkMeans()) {
            forks.add(List.of(mean));
        }
        double score = point.value();
        return new BenchmarkResult(id.benchmark(), id.params(), id.mode(), series.unit(), score, Double.NaN,
                Double.NaN, Double.NaN, forks, DerivedFigures.of(id.params(), DerivedFigures.SIZE, score,
                        series.unit(), null, null));
    }
}

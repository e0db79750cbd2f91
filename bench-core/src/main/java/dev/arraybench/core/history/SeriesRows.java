package dev.arraybench.core.history;

import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.result.BenchmarkResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fork rows of one series as they stream from the database, kept as primitives (each row's run, fork
 * and mean), then ordered by run time, run and fork and grouped into one point per commit, in the order the
 * commits were first measured.
 */
final class SeriesRows {

    private final String machineKey;
    private final String machine;
    private final BenchmarkId id;
    private final String unit;
    private final List<HistoryReader.Run> runs = new ArrayList<>();
    private long[] order = new long[16];
    private double[] means = new double[16];
    private int size;

    SeriesRows(String machineKey, String machine, BenchmarkId id, String unit) {
        this.machineKey = machineKey;
        this.machine = machine;
        this.id = id;
        this.unit = unit;
    }

    /** One fork's row: {@code fork} of {@code run} measured {@code mean}. */
    void add(HistoryReader.Run run, int fork, double mean) {
        if (size == order.length) {
            order = Arrays.copyOf(order, 2 * size);
            means = Arrays.copyOf(means, 2 * size);
        }
        runs.add(run);
        order[size] = ((long) run.order() << 32) | (fork & 0xFFFF_FFFFL);
        means[size] = mean;
        size++;
    }

    /** Whether the rows came in run and fork order, as they do when the runs are read in time order. */
    private boolean inOrder() {
        for (int i = 1; i < size; i++) {
            if (order[i - 1] > order[i]) {
                return false;
            }
        }
        return true;
    }

    Series build() {
        int[] sorted = inOrder() ? IntStream.range(0, size).toArray() : IntStream.range(0, size).boxed()
                .sorted((a, b) -> Long.compare(order[a], order[b])).mapToInt(Integer::intValue).toArray();
        Map<String, Integer> commitIndex = new HashMap<>();
        List<String> commits = new ArrayList<>();
        List<String> times = new ArrayList<>();
        List<double[]> forkMeans = new ArrayList<>();
        int[] counts = new int[size];
        for (int row : sorted) {
            HistoryReader.Run run = runs.get(row);
            Integer index = commitIndex.get(run.commit());
            if (index == null) {
                index = commits.size();
                commitIndex.put(run.commit(), index);
                commits.add(run.commit());
                times.add(run.time());
                forkMeans.add(new double[4]);
            }
            double[] forks = forkMeans.get(index);
            if (counts[index] == forks.length) {
                forks = Arrays.copyOf(forks, 2 * forks.length);
                forkMeans.set(index, forks);
            }
            forks[counts[index]++] = means[row];
        }
        List<CommitPoint> points = new ArrayList<>(commits.size());
        for (int i = 0; i < commits.size(); i++) {
            points.add(new CommitPoint(commits.get(i), times.get(i), Arrays.copyOf(forkMeans.get(i), counts[i])));
        }
        return new Series(machine, machineKey, id, unit, BenchmarkResult.lowerIsBetter(id.mode(), unit), points);
    }
}

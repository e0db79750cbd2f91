package dev.arraybench.core.history;

import dev.arraybench.core.gate.BenchmarkId;
import java.util.List;

/**
 * A benchmark's history on one machine class and branch: one point per commit, oldest first.
 *
 * @param machine the machine class's label
 * @param machineKey the machine class's key in the database
 * @param benchmark the benchmark
 * @param unit the score's unit of the newest run
 * @param lowerIsBetter whether a smaller score is better (time per operation)
 * @param points one point per commit, in the order the commits were first measured
 */
public record Series(String machine, String machineKey, BenchmarkId benchmark, String unit, boolean lowerIsBetter,
        List<CommitPoint> points) {

    /** Copies the points. */
    public Series {
        points = List.copyOf(points);
    }

    /** Each commit's value, in order. */
    public double[] values() {
        return points.stream().mapToDouble(CommitPoint::value).toArray();
    }

    /** The same series from the first point at {@code commit} on, or unchanged when it has no such commit. */
    public Series since(String commit) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).commit().startsWith(commit)) {
                return new Series(machine, machineKey, benchmark, unit, lowerIsBetter,
                        points.subList(i, points.size()));
            }
        }
        return this;
    }
}

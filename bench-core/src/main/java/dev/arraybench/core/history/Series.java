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

    /** The same series from the first point measured at or after {@code time} (as stored) on. */
    public Series from(String time) {
        return new Series(machine, machineKey, benchmark, unit, lowerIsBetter,
                points.stream().filter(p -> p.time().compareTo(time) >= 0).toList());
    }
}

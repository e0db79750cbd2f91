package dev.arraybench.core.history;

import java.util.Arrays;

/**
 * One commit's measurements of a benchmark on a machine: the fork means of every run at that commit.
 *
 * @param commit the commit's SHA as added
 * @param time the earliest run time at this commit, as stored (ISO-8601 UTC)
 * @param forkMeans every fork's mean, over all runs at this commit
 */
public record CommitPoint(String commit, String time, double[] forkMeans) {

    /** Copies the fork means. */
    public CommitPoint {
        forkMeans = forkMeans.clone();
    }

    /** The commit's value: the mean of its fork means. */
    public double value() {
        return Arrays.stream(forkMeans).average().orElseThrow();
    }

    @Override
    public double[] forkMeans() {
        return forkMeans.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommitPoint point && commit.equals(point.commit) && time.equals(point.time)
                && Arrays.equals(forkMeans, point.forkMeans);
    }

    @Override
    public int hashCode() {
        return 31 * commit.hashCode() + Arrays.hashCode(forkMeans);
    }

    @Override
    public String toString() {
        return commit + "@" + time + Arrays.toString(forkMeans);
    }
}

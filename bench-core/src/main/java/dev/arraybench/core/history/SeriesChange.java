package dev.arraybench.core.history;

import dev.arraybench.core.history.change.ChangePoint;

/**
 * A change point of one series, placed between two commits.
 *
 * @param series the benchmark's series on its machine
 * @param change where and how much it changed
 * @param lastBefore the last commit before the change
 * @param firstAfter the first commit after it
 * @param commitsSince how many commits of the series lie at or after {@code firstAfter}
 */
public record SeriesChange(Series series, ChangePoint change, String lastBefore, String firstAfter,
        int commitsSince) {

    /** Whether the benchmark got worse: slower for a time per operation, fewer operations for a throughput. */
    public boolean regression() {
        return series.lowerIsBetter() == change.size() > 0;
    }

    /** The commit range in which it happened, {@code last-before..first-after} with short SHAs. */
    public String commitRange() {
        return shortSha(lastBefore) + ".." + shortSha(firstAfter);
    }

    static String shortSha(String commit) {
        return commit.length() > 10 && commit.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                ? commit.substring(0, 10) : commit;
    }
}

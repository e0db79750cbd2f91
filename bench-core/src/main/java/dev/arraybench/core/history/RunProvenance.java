package dev.arraybench.core.history;

import java.time.Instant;

/**
 * Where a results file's runs come from, as the user states it when adding the file.
 *
 * @param commit the commit that was measured
 * @param branch the branch it was measured on
 * @param time when it was measured; {@code null} takes the start time the file records, else the time of adding
 */
public record RunProvenance(String commit, String branch, Instant time) {

    /** Checks that the commit and branch are named. */
    public RunProvenance {
        if (commit == null || commit.isBlank()) {
            throw new IllegalArgumentException("commit: empty (expected the measured commit's SHA)");
        }
        if (branch == null || branch.isBlank()) {
            throw new IllegalArgumentException("branch: empty (expected a branch name)");
        }
    }
}

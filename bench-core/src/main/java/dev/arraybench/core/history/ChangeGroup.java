package dev.arraybench.core.history;

import java.util.List;

/**
 * The benchmarks of one machine that changed at the same commit: what moved together.
 *
 * @param machine the machine class's label
 * @param lastBefore the last commit before the change
 * @param firstAfter the first commit after it
 * @param changes every benchmark's change, largest first
 */
public record ChangeGroup(String machine, String lastBefore, String firstAfter, List<SeriesChange> changes) {

    /** Copies the changes. */
    public ChangeGroup {
        changes = List.copyOf(changes);
    }

    /** The commit range, {@code last-before..first-after} with short SHAs. */
    public String commitRange() {
        return SeriesChange.shortSha(lastBefore) + ".." + SeriesChange.shortSha(firstAfter);
    }

    /** How many of its benchmarks got worse. */
    public long regressions() {
        return changes.stream().filter(SeriesChange::regression).count();
    }
}

package dev.arraybench.core.history;

import dev.arraybench.core.history.change.ChangeDetection;
import dev.arraybench.core.history.change.ChangePoint;
import dev.arraybench.core.history.change.ChangePointDetector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change points of every series, grouped by machine and commit (the benchmarks that moved together), and
 * the verdict for CI: whether a regression lies among the newest commits of its series.
 *
 * @param branch the branch checked
 * @param series how many series were checked
 * @param commits how many distinct commits they hold, the most of any series
 * @param groups the changes, oldest commit range first
 * @param recent how many newest commits of a series count as "newest" for the verdict
 * @param threshold the smallest relative change reported, as a fraction
 * @param confidence the confidence a change reached, as a fraction
 */
public record HistoryCheck(String branch, int series, int commits, List<ChangeGroup> groups, int recent,
        double threshold, double confidence) {

    /** Copies the groups. */
    public HistoryCheck {
        groups = List.copyOf(groups);
    }

    /**
     * Checks every series of {@code all} with {@link ChangeDetection}'s detector at {@code threshold} and
     * {@code confidence}; a regression fails CI when it lies within the last {@code recent} commits.
     */
    public static HistoryCheck of(String branch, List<Series> all, double threshold, double confidence,
            int recent) {
        ChangePointDetector detector = ChangeDetection.detector(threshold, confidence);
        Map<String, List<SeriesChange>> byCommit = new LinkedHashMap<>();
        int commits = 0;
        for (Series series : all) {
            commits = Math.max(commits, series.points().size());
            for (ChangePoint change : detector.detect(series.values())) {
                List<CommitPoint> points = series.points();
                SeriesChange found = new SeriesChange(series, change, points.get(change.index() - 1).commit(),
                        points.get(change.index()).commit(), points.size() - change.index());
                byCommit.computeIfAbsent(series.machineKey() + "\n" + found.lastBefore() + "\n" + found.firstAfter(),
                        key -> new ArrayList<>()).add(found);
            }
        }
        List<ChangeGroup> groups = new ArrayList<>();
        for (List<SeriesChange> changes : byCommit.values()) {
            List<SeriesChange> sorted = new ArrayList<>(changes);
            sorted.sort(Comparator.comparingDouble((SeriesChange c) -> -Math.abs(c.change().size())));
            SeriesChange first = sorted.get(0);
            groups.add(new ChangeGroup(first.series().machine(), first.lastBefore(), first.firstAfter(), sorted));
        }
        groups.sort(Comparator.comparing((ChangeGroup g) -> g.changes().get(0).series().points()
                .get(g.changes().get(0).change().index()).time()));
        return new HistoryCheck(branch, all.size(), commits, groups, recent, threshold, confidence);
    }

    /** Every regression among the newest {@link #recent} commits of its series: what fails CI. */
    public List<SeriesChange> recentRegressions() {
        return groups.stream().flatMap(g -> g.changes().stream())
                .filter(c -> c.regression() && c.commitsSince() <= recent).toList();
    }

    /** Whether CI should fail. */
    public boolean failed() {
        return !recentRegressions().isEmpty();
    }
}

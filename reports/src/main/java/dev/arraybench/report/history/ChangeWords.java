package dev.arraybench.report.history;

import dev.arraybench.core.history.HistoryCheck;
import dev.arraybench.core.history.SeriesChange;
import dev.arraybench.core.history.change.ChangePoint;
import java.util.Locale;

/** The words and numbers every format writes about a change, written once. */
final class ChangeWords {

    private ChangeWords() {
    }

    static String verdict(SeriesChange change) {
        return change.regression() ? "regression" : "improvement";
    }

    static String size(ChangePoint change) {
        return String.format(Locale.ROOT, "%s (%s to %s)", signed(change.size()), signed(change.low()),
                signed(change.high()));
    }

    static String signed(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * fraction);
    }

    static String levels(SeriesChange change) {
        return String.format(Locale.ROOT, "%.4g -> %.4g %s", change.change().before(), change.change().after(),
                change.series().unit());
    }

    static String pValue(ChangePoint change) {
        return String.format(Locale.ROOT, "p = %.2g", change.pValue());
    }

    static String settings(HistoryCheck check) {
        return String.format(Locale.ROOT, "branch %s: %d series over up to %d commits, threshold %s, confidence"
                + " %s", check.branch(), check.series(), check.commits(), percent(check.threshold()),
                percent(check.confidence()));
    }

    static String outcome(HistoryCheck check) {
        long regressions = check.recentRegressions().size();
        return regressions == 0
                ? "no regression among the newest " + check.recent() + " commits of any series"
                : String.format(Locale.ROOT, "REGRESSION: %d benchmark%s regressed within the newest %d commits",
                        regressions, regressions == 1 ? "" : "s", check.recent());
    }

    static String percent(double fraction) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", 100 * fraction))
                .stripTrailingZeros().toPlainString() + "%";
    }
}

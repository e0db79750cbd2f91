package dev.arraybench.report.gate;

import dev.arraybench.core.gate.BenchmarkComparison;
import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.gate.Estimate;
import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.gate.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What every format shows the same way: number formats, the order of benchmarks, the summary line. */
final class Presentation {

    /** Regressions first, then undecided, improvements and equivalent; the file's order within each. */
    private static final List<Verdict> ORDER = List.of(Verdict.REGRESSION, Verdict.UNDECIDED,
            Verdict.IMPROVEMENT, Verdict.EQUIVALENT);

    private Presentation() {
    }

    static List<BenchmarkComparison> ordered(Comparison comparison) {
        return comparison.benchmarks().stream()
                .sorted(Comparator.comparingInt(b -> ORDER.indexOf(b.verdict()))).toList();
    }

    /** A score to four significant digits, plain between 0.001 and 100,000, scientific outside. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (value != 0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String interval(Interval interval) {
        return Double.isNaN(interval.low()) ? "[n/a]" : "[" + number(interval.low()) + ", "
                + number(interval.high()) + "]";
    }

    static String estimate(Estimate estimate) {
        return number(estimate.mean()) + " " + interval(estimate.interval());
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    static String ratioInterval(Interval interval) {
        return Double.isNaN(interval.low()) ? "[n/a]" : "[" + ratio(interval.low()) + ", "
                + ratio(interval.high()) + "]";
    }

    static String change(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    }

    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, p >= 0.001 ? "%.3f" : "%.1e", p);
    }

    static String percent(double fraction) {
        return new BigDecimal(fraction * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * One line with the counts, such as "12 compared: 1 regression, 0 improvements, 9 equivalent,
     * 2 undecided; 1 only in the baseline, 0 only in the current run (threshold 5%, confidence 99%)".
     */
    static String summary(Comparison comparison) {
        return comparison.benchmarks().size() + " compared: "
                + count(comparison.count(Verdict.REGRESSION), "regression", "regressions") + ", "
                + count(comparison.count(Verdict.IMPROVEMENT), "improvement", "improvements") + ", "
                + comparison.count(Verdict.EQUIVALENT) + " equivalent, "
                + comparison.count(Verdict.UNDECIDED) + " undecided; "
                + comparison.onlyInBaseline().size() + " only in the baseline, "
                + comparison.onlyInCurrent().size() + " only in the current run (threshold "
                + percent(comparison.settings().threshold()) + ", confidence "
                + percent(comparison.settings().confidence()) + ")";
    }

    /**
     * The outcome: "NO REGRESSION FOUND" only when every benchmark was decided; "UNDECIDED: n of m" when
     * some were not and nothing failed; "FAIL: " with why otherwise, such as "FAIL: 1 regression".
     */
    static String outcome(Comparison comparison) {
        long undecided = comparison.count(Verdict.UNDECIDED);
        int compared = comparison.benchmarks().size();
        if (comparison.passed()) {
            return undecided == 0 ? "NO REGRESSION FOUND"
                    : "UNDECIDED: " + undecided + " of " + compared + " (no regression among the others; "
                    + "undecided is not a pass: see what each needs)";
        }
        long regressions = comparison.count(Verdict.REGRESSION);
        String why = regressions > 0 ? count(regressions, "regression", "regressions") : "";
        if (comparison.undecidedFail()) {
            why += (why.isEmpty() ? "" : ", ") + "UNDECIDED: " + undecided + " of " + compared
                    + " (--fail-on undecided)";
        }
        if (comparison.unmatchedFail()) {
            why += (why.isEmpty() ? "" : ", ") + count(comparison.unmatched(), "benchmark", "benchmarks")
                    + " in one file only (--strict)";
        }
        return "FAIL: " + why;
    }

    static String direction(BenchmarkComparison benchmark) {
        return benchmark.lowerIsBetter() ? "lower is better" : "higher is better";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

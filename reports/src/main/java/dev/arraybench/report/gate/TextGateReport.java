package dev.arraybench.report.gate;

import static dev.arraybench.report.gate.Presentation.change;
import static dev.arraybench.report.gate.Presentation.direction;
import static dev.arraybench.report.gate.Presentation.estimate;
import static dev.arraybench.report.gate.Presentation.pValue;
import static dev.arraybench.report.gate.Presentation.ratio;
import static dev.arraybench.report.gate.Presentation.ratioInterval;

import dev.arraybench.core.gate.BenchmarkComparison;
import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.result.EnvironmentDifference;
import dev.arraybench.report.Escape;
import java.util.List;
import java.util.Locale;

/**
 * The comparison as plain text for a terminal or CI log: environment differences first, then one block
 * per benchmark (regressions first), the benchmarks present in one file only, the summary line and the
 * outcome.
 */
final class TextGateReport {

    private TextGateReport() {
    }

    static String render(Comparison comparison, ComparedFiles files) {
        StringBuilder out = new StringBuilder();
        out.append("arraybench compare: ").append(Escape.text(files.current())).append(" against baseline ")
                .append(Escape.text(files.baseline())).append("\n\n");
        environment(out, comparison.environmentDifferences());
        comparison.warnings().forEach(w -> out.append("WARNING: ").append(Escape.text(w)).append("\n\n"));
        for (BenchmarkComparison benchmark : Presentation.ordered(comparison)) {
            benchmark(out, benchmark);
        }
        unmatched(out, "Only in the baseline", comparison.onlyInBaseline());
        unmatched(out, "Only in the current run", comparison.onlyInCurrent());
        out.append(Presentation.summary(comparison)).append('\n');
        out.append(Presentation.outcome(comparison)).append('\n');
        return out.toString();
    }

    /** The environment warning alone, for stderr. */
    static String environmentWarning(List<EnvironmentDifference> differences) {
        StringBuilder out = new StringBuilder();
        environment(out, differences);
        return out.toString();
    }

    private static void environment(StringBuilder out, List<EnvironmentDifference> differences) {
        if (differences.isEmpty()) {
            return;
        }
        out.append("WARNING: the two files were measured in different environments; a change may come from the")
                .append(" machine, not the code:\n");
        for (EnvironmentDifference difference : differences) {
            out.append(String.format(Locale.ROOT, "  %-11s baseline: %s%n  %-11s current:  %s%n",
                    difference.field(), Escape.text(difference.baseline()), "",
                    Escape.text(difference.current())));
        }
        out.append('\n');
    }

    private static void benchmark(StringBuilder out, BenchmarkComparison b) {
        out.append(String.format(Locale.ROOT, "%-13s %s%n", b.verdict().label().toUpperCase(Locale.ROOT),
                Escape.text(b.id().toString())));
        out.append(String.format(Locale.ROOT, "  baseline %s  current %s  %s (%s)%n", estimate(b.baseline()),
                estimate(b.current()), Escape.text(b.unit()), direction(b)));
        out.append(String.format(Locale.ROOT, "  ratio %s %s (bootstrap)  %s  test %s %s  p = %s%n",
                ratio(b.ratio()), ratioInterval(b.ratioInterval()), change(b.ratio()),
                ratio(b.evidence().ratioInterval().estimate()), ratioInterval(b.evidence().ratioInterval()),
                pValue(b.pValue())));
        out.append("  ").append(Escape.text(b.reason())).append("\n\n");
    }

    private static void unmatched(StringBuilder out, String title, List<BenchmarkId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        out.append(title).append(" (").append(ids.size()).append("):\n");
        ids.forEach(id -> out.append("  ").append(Escape.text(id.toString())).append('\n'));
        out.append('\n');
    }
}

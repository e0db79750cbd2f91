package dev.arraybench.report.gate;

import static dev.arraybench.report.Escape.markdown;
import static dev.arraybench.report.gate.Presentation.change;
import static dev.arraybench.report.gate.Presentation.estimate;
import static dev.arraybench.report.gate.Presentation.pValue;
import static dev.arraybench.report.gate.Presentation.ratio;
import static dev.arraybench.report.gate.Presentation.ratioInterval;

import dev.arraybench.core.gate.BenchmarkComparison;
import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.result.EnvironmentDifference;
import dev.arraybench.core.gate.Verdict;
import dev.arraybench.report.Escape;
import java.util.List;

/**
 * The comparison as GitHub-flavoured Markdown for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}:
 * a heading with the outcome, the environment warning as a quote, one table row per benchmark, and lists
 * of benchmarks present in one file only. Every string from the files goes through {@link Escape#markdown}.
 */
final class MarkdownGateReport {

    private MarkdownGateReport() {
    }

    static String render(Comparison comparison, ComparedFiles files) {
        StringBuilder out = new StringBuilder();
        String mark = !comparison.passed() ? "❌ " : comparison.count(Verdict.UNDECIDED) > 0 ? "⚠️ " : "✅ ";
        out.append("### arraybench compare: ").append(mark)
                .append(Presentation.outcome(comparison)).append("\n\n");
        out.append("Current `").append(code(files.current())).append("` against baseline `")
                .append(code(files.baseline())).append("`. ").append(Presentation.summary(comparison))
                .append(".\n\n");
        environment(out, comparison.environmentDifferences());
        comparison.warnings().forEach(w -> out.append("> [!WARNING]\n> ").append(markdown(w)).append("\n\n"));
        if (!comparison.benchmarks().isEmpty()) {
            out.append("| verdict | benchmark | parameters | unit | baseline [interval] | current [interval] ")
                    .append("| ratio [interval] | change | p | why |\n");
            out.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
            Presentation.ordered(comparison).forEach(b -> row(out, b));
            out.append('\n');
        }
        unmatched(out, "Only in the baseline", comparison.onlyInBaseline(), comparison.unmatchedFail());
        unmatched(out, "Only in the current run", comparison.onlyInCurrent(), comparison.unmatchedFail());
        return out.toString();
    }

    private static void environment(StringBuilder out, List<EnvironmentDifference> differences) {
        if (differences.isEmpty()) {
            return;
        }
        out.append("> [!WARNING]\n> The two files were measured in different environments; a change may come ")
                .append("from the machine, not the code.\n>\n> | field | baseline | current |\n")
                .append("> | --- | --- | --- |\n");
        for (EnvironmentDifference difference : differences) {
            out.append("> | ").append(markdown(difference.field())).append(" | ")
                    .append(markdown(difference.baseline())).append(" | ")
                    .append(markdown(difference.current())).append(" |\n");
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, BenchmarkComparison b) {
        String verdict = b.verdict() == Verdict.REGRESSION ? "**regression**" : b.verdict().label();
        out.append("| ").append(verdict)
                .append(" | ").append(markdown(b.id().shortName()))
                .append(" | ").append(markdown(b.id().paramText() + " [" + b.id().mode() + "]"))
                .append(" | ").append(markdown(b.unit()))
                .append(" | ").append(estimate(b.baseline()))
                .append(" | ").append(estimate(b.current()))
                .append(" | ").append(ratio(b.ratio())).append(' ').append(ratioInterval(b.ratioInterval()))
                .append(" | ").append(change(b.ratio()))
                .append(" | ").append(pValue(b.pValue()))
                .append(" | ").append(markdown(b.reason()))
                .append(" |\n");
    }

    private static void unmatched(StringBuilder out, String title, List<BenchmarkId> ids, boolean fails) {
        if (ids.isEmpty()) {
            return;
        }
        out.append("**").append(title).append("** (").append(ids.size())
                .append(fails ? ", fails the gate with --strict" : "").append("):\n\n");
        ids.forEach(id -> out.append("- ").append(markdown(id.toString())).append('\n'));
        out.append('\n');
    }

    /** Text inside a code span: backticks cannot close it, line breaks cannot end it. */
    private static String code(String value) {
        return Escape.text(value).replace('`', '\'');
    }
}

package dev.arraybench.report.gate;

import static dev.arraybench.report.Escape.xml;

import dev.arraybench.core.gate.BenchmarkComparison;
import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.result.EnvironmentDifference;
import dev.arraybench.core.gate.Verdict;
import dev.arraybench.report.Escape;
import java.util.List;

/**
 * The comparison as JUnit XML, the format CI systems show as a test report. One test case per benchmark:
 * its class name is the JMH method, its name the parameters and mode. A regression is a {@code <failure>};
 * an undecided benchmark is {@code <skipped>} (not decided, neither passed nor failed; a failure with
 * {@code --fail-on undecided}); equivalent and
 * improved benchmarks pass, with the numbers in {@code <system-out>}. A benchmark present in one file only
 * is a failure with {@code --strict}, otherwise skipped. Environment differences go to the suite's
 * {@code <system-err>}. No CDATA: every string is escaped with {@link Escape#xml}.
 */
final class JUnitGateReport {

    private static final String SUITE = "arraybench compare";

    private JUnitGateReport() {
    }

    static String render(Comparison comparison, ComparedFiles files) {
        long undecided = comparison.count(Verdict.UNDECIDED);
        boolean undecidedFails = comparison.settings().failOnUndecided();
        long failures = comparison.count(Verdict.REGRESSION) + (undecidedFails ? undecided : 0)
                + (comparison.unmatchedFail() ? comparison.unmatched() : 0);
        long skipped = (undecidedFails ? 0 : undecided) + (comparison.unmatchedFail() ? 0 : comparison.unmatched());
        int tests = comparison.benchmarks().size() + comparison.unmatched();
        String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\""
                + skipped + "\" time=\"0\"";
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"").append(SUITE).append('"').append(counts).append(">\n");
        out.append("  <testsuite name=\"").append(SUITE).append('"').append(counts).append(">\n");
        out.append("    <properties>\n");
        property(out, "baseline", files.baseline());
        property(out, "current", files.current());
        property(out, "threshold", Presentation.percent(comparison.settings().threshold()));
        property(out, "confidence", Presentation.percent(comparison.settings().confidence()));
        property(out, "seed", Long.toString(comparison.settings().seed()));
        out.append("    </properties>\n");
        comparison.benchmarks().forEach(b -> benchmark(out, b, undecidedFails));
        unmatched(out, comparison.onlyInBaseline(), "only in the baseline", comparison.unmatchedFail());
        unmatched(out, comparison.onlyInCurrent(), "only in the current run", comparison.unmatchedFail());
        out.append("    <system-out>").append(xml(Presentation.summary(comparison) + "\n"
                + Presentation.outcome(comparison) + "\n")).append("</system-out>\n");
        if (!comparison.environmentDifferences().isEmpty()) {
            out.append("    <system-err>").append(xml(environment(comparison.environmentDifferences())))
                    .append("</system-err>\n");
        }
        out.append("  </testsuite>\n</testsuites>\n");
        return out.toString();
    }

    private static void property(StringBuilder out, String name, String value) {
        out.append("      <property name=\"").append(xml(name)).append("\" value=\"").append(xml(value))
                .append("\"/>\n");
    }

    private static void benchmark(StringBuilder out, BenchmarkComparison b, boolean undecidedFails) {
        open(out, b.id());
        String numbers = "baseline " + Presentation.estimate(b.baseline()) + " " + b.unit() + ", current "
                + Presentation.estimate(b.current()) + " " + b.unit() + ", ratio " + Presentation.ratio(b.ratio())
                + " " + Presentation.ratioInterval(b.ratioInterval()) + " (" + Presentation.change(b.ratio())
                + "), p = " + Presentation.pValue(b.pValue()) + ", " + Presentation.direction(b);
        String message = b.verdict().label() + ": " + b.reason();
        switch (b.verdict()) {
            case REGRESSION -> out.append("      <failure type=\"regression\" message=\"").append(xml(message))
                    .append("\">").append(xml(numbers)).append("</failure>\n");
            case UNDECIDED -> {
                if (undecidedFails) {
                    out.append("      <failure type=\"undecided\" message=\"").append(xml(message + " (--fail-on "
                            + "undecided)")).append("\">").append(xml(numbers)).append("</failure>\n");
                } else {
                    out.append("      <skipped message=\"").append(xml(message)).append("\"/>\n")
                            .append("      <system-out>").append(xml(numbers)).append("</system-out>\n");
                }
            }
            default -> out.append("      <system-out>").append(xml(message + "\n" + numbers))
                    .append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }

    private static void unmatched(StringBuilder out, List<BenchmarkId> ids, String where, boolean fails) {
        for (BenchmarkId id : ids) {
            open(out, id);
            if (fails) {
                out.append("      <failure type=\"missing\" message=\"").append(xml(where + " (--strict)"))
                        .append("\"/>\n");
            } else {
                out.append("      <skipped message=\"").append(xml(where)).append("\"/>\n");
            }
            out.append("    </testcase>\n");
        }
    }

    private static void open(StringBuilder out, BenchmarkId id) {
        out.append("    <testcase classname=\"").append(xml(id.benchmark())).append("\" name=\"")
                .append(xml(id.paramText() + " [" + id.mode() + "]")).append("\" time=\"0\">\n");
    }

    private static String environment(List<EnvironmentDifference> differences) {
        StringBuilder text = new StringBuilder("The two files were measured in different environments; a change "
                + "may come from the machine, not the code:\n");
        differences.forEach(d -> text.append("  ").append(d.field()).append(": baseline ").append(d.baseline())
                .append(", current ").append(d.current()).append('\n'));
        return text.toString();
    }
}

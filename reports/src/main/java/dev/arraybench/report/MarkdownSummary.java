package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import java.util.List;

/**
 * {@code summary.md}: the decision map with one sentence per case, the break-even and phase tables, the
 * environment and links to the PNG charts written beside it, ready to paste into a design doc. Every string from the results file is
 * escaped; the output depends on nothing but the file (no clock, no locale), so it can be tested against a
 * golden file.
 */
final class MarkdownSummary {

    private MarkdownSummary() {
    }

    /** The summary for a run, its analysis, the decision map it leads with and the charts of each case. */
    static String render(RunResults results, Analysis analysis, Lead lead, List<CaseSection> sections) {
        Environment e = results.environment();
        StringBuilder out = new StringBuilder(8192);
        out.append("# When does parallel array processing pay off?\n\n")
                .append(Escape.markdown("Measured by arraybench " + e.toolVersion() + " on " + e.cpuModel() + " ("
                        + e.cores() + " cores), " + e.jdkVendor() + " " + e.jdkVersion() + ", " + e.os()
                        + (e.started() == null ? "" : ", run started " + e.started()) + "."))
                .append('\n');
        heading(out, "## Decision map");
        if (lead.rows().isEmpty()) {
            out.append("This file holds no kernel benchmark results to compare.\n");
        } else {
            out.append("![").append(Escape.markdown(lead.map().title())).append("](").append(lead.map().fileName())
                    .append(")\n\n");
        }
        lead.rows().forEach(row -> out.append("- **").append(Escape.markdown(row.kase().label())).append("**: ")
                .append(DecisionWords.sentence(analysis, row, Escape::markdown)).append('\n'));
        Table breakEvens = Conclusions.breakEvenTable(analysis);
        if (!breakEvens.isEmpty()) {
            heading(out, "## Break-even sizes");
            out.append(breakEvens.markdown());
        }
        if (!sections.isEmpty()) {
            heading(out, "## Charts");
        }
        for (CaseSection section : sections) {
            heading(out, "### " + Escape.markdown(section.kase().label()));
            section.charts().forEach(chart -> out.append("![").append(Escape.markdown(chart.title())).append("](")
                    .append(chart.fileName()).append(")\n\n"));
        }
        Table phases = Tables.phases(analysis);
        if (!phases.isEmpty()) {
            heading(out, "## Copy-parallel phases");
            out.append("Measured time per call of each phase (share of the total), and the traffic model's bytes"
                    + " per element for the same phases.\n\n").append(phases.markdown());
        }
        heading(out, "## Environment");
        out.append(Tables.environment(results).markdown());
        heading(out, "## How to read this");
        // fixed text of this class's own, no strings from the results file
        HowToRead.POINTS.forEach(p -> out.append("- ").append(p).append('\n'));
        return out.toString();
    }

    /** Appends {@code heading} with exactly one blank line before and after it. */
    private static void heading(StringBuilder out, String heading) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        out.append("\n\n").append(heading).append("\n\n");
    }
}

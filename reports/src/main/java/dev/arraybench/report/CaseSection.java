package dev.arraybench.report;

import dev.arraybench.core.analysis.Case;
import java.util.List;

/**
 * One case's part of a report: its anchor and file-name slug, and its charts.
 *
 * @param kase the op, dtype and layout
 * @param slug a unique, safe slug for anchors and file names
 * @param charts the rendered charts, in reading order
 */
record CaseSection(Case kase, String slug, List<ChartImage> charts) {

    /** Copies the list. */
    CaseSection {
        charts = List.copyOf(charts);
    }
}

package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import java.util.List;

/**
 * What a report leads with: the decision map's rows and its image ({@code null} when no case has a
 * speedup), from which the page and the summary write one sentence per case.
 *
 * @param rows the decision map, one row per case
 * @param map the rendered map, {@code null} without rows
 */
record Lead(List<DecisionMap.Row> rows, ChartImage map) {

    /** Copies the list. */
    Lead {
        rows = List.copyOf(rows);
    }

    /** The decision map of {@code analysis}, rendered. */
    static Lead of(Analysis analysis) {
        List<DecisionMap.Row> rows = DecisionMap.of(analysis);
        return new Lead(rows, DecisionMapChart.image(analysis, rows));
    }
}

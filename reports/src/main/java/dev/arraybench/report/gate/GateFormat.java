package dev.arraybench.report.gate;

import dev.arraybench.core.gate.Comparison;

/** The output formats of {@code arraybench compare}. */
public enum GateFormat {

    /** Aligned plain text for a terminal or a CI log. */
    TEXT,
    /** GitHub-flavoured Markdown for a pull-request comment or a job summary. */
    MARKDOWN,
    /** A JSON document for tools. */
    JSON,
    /** JUnit XML: one test case per benchmark, regressions as failures, so CI shows them as failed tests. */
    JUNIT;

    /** Renders {@code comparison} of {@code files} in this format. */
    public String render(Comparison comparison, ComparedFiles files) {
        return switch (this) {
            case TEXT -> TextGateReport.render(comparison, files);
            case MARKDOWN -> MarkdownGateReport.render(comparison, files);
            case JSON -> JsonGateReport.render(comparison, files);
            case JUNIT -> JUnitGateReport.render(comparison, files);
        };
    }
}

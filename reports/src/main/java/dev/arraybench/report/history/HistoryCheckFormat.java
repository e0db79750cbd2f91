package dev.arraybench.report.history;

import dev.arraybench.core.history.HistoryCheck;

/** The output formats of {@code arraybench history check}. */
public enum HistoryCheckFormat {

    /** Aligned plain text for a terminal or a CI log. */
    TEXT,
    /** GitHub-flavoured Markdown for a pull-request comment or a job summary. */
    MARKDOWN,
    /** A JSON document for tools. */
    JSON,
    /** JUnit XML: one test case per series that changed, recent regressions as failures. */
    JUNIT;

    /** Renders {@code check} in this format. */
    public String render(HistoryCheck check) {
        switch (this) {
            case TEXT:
                return HistoryCheckText.render(check, false);
            case MARKDOWN:
                return HistoryCheckText.render(check, true);
            case JSON:
                return HistoryCheckData.json(check);
            case JUNIT:
                return HistoryCheckData.junit(check);
            default:
                throw new IllegalStateException("format: " + this);
        }
    }
}

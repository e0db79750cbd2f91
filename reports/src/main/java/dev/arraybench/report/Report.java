package dev.arraybench.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportWriter#write} wrote.
 *
 * @param index the self-contained HTML page, {@code index.html}
 * @param summary the Markdown summary, {@code summary.md}
 * @param charts the PNG charts the summary links to, in the order it shows them
 */
public record Report(Path index, Path summary, List<Path> charts) {

    /** Copies the list. */
    public Report {
        charts = List.copyOf(charts);
    }
}

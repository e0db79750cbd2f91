package dev.arraybench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of plain-text cells, rendered as HTML or Markdown with every cell escaped, so strings from a
 * results file cannot break out of their cell.
 *
 * @param headers the column headings
 * @param rows the rows, each as long as {@code headers}
 */
record Table(List<String> headers, List<List<String>> rows) {

    /** Copies the lists. */
    Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** An empty table with these headings, to fill with {@link #row}. */
    static Table of(String... headers) {
        return new Table(List.of(headers), new ArrayList<>());
    }

    /** A copy with one more row. */
    Table row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row: " + cells.length + " cells (expected " + headers.size() + ")");
        }
        List<List<String>> more = new ArrayList<>(rows);
        more.add(List.of(cells));
        return new Table(headers, more);
    }

    /** Whether the table has no rows. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as an HTML {@code <table>} with the given class. */
    String html(String cssClass) {
        StringBuilder out = new StringBuilder("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
        headers.forEach(h -> out.append("<th>").append(Escape.html(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(Escape.html(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /** The table as a GitHub-flavoured Markdown table. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        line(out, headers);
        out.append('|');
        headers.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(Escape.markdown(cell)).append(" |"));
        out.append('\n');
    }
}

package dev.arraybench.report.history;

import static dev.arraybench.report.Escape.markdown;
import static dev.arraybench.report.Escape.text;

import dev.arraybench.core.history.ChangeGroup;
import dev.arraybench.core.history.HistoryCheck;
import dev.arraybench.core.history.SeriesChange;
import java.util.Locale;

/** {@code history check} as plain text or Markdown: each change group, then the outcome. */
final class HistoryCheckText {

    private HistoryCheckText() {
    }

    static String render(HistoryCheck check, boolean markdown) {
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "### arraybench history check\n\n" : "arraybench history check, ")
                .append(ChangeWords.settings(check)).append(markdown ? "\n\n" : "\n");
        if (check.groups().isEmpty()) {
            out.append(markdown ? "" : "\n").append("No change point.\n");
        }
        for (ChangeGroup group : check.groups()) {
            String machine = markdown ? markdown(group.machine()) : text(group.machine());
            String heading = String.format(Locale.ROOT, "change at %s on %s: %d benchmark%s moved together",
                    group.commitRange(), machine, group.changes().size(), group.changes().size() == 1 ? "" : "s");
            if (markdown) {
                out.append("#### ").append(heading).append("\n\n| | benchmark | change (interval) | levels | test |"
                        + " commits since |\n| --- | --- | --- | --- | --- | --- |\n");
            } else {
                out.append('\n').append(heading).append('\n');
            }
            for (SeriesChange change : group.changes()) {
                String name = change.series().benchmark().toString();
                if (markdown) {
                    out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |%n",
                            ChangeWords.verdict(change), markdown(name), ChangeWords.size(change.change()),
                            ChangeWords.levels(change), ChangeWords.pValue(change.change()), change.commitsSince()));
                } else {
                    out.append(String.format(Locale.ROOT, "  %-11s %s: %s, %s, %s, %d commits since%n",
                            ChangeWords.verdict(change).toUpperCase(Locale.ROOT), text(name),
                            ChangeWords.size(change.change()), ChangeWords.levels(change),
                            ChangeWords.pValue(change.change()), change.commitsSince()));
                }
            }
            if (markdown) {
                out.append('\n');
            }
        }
        out.append(markdown ? "**" : "\noutcome: ").append(ChangeWords.outcome(check)).append(markdown ? "**\n" : "\n");
        return out.toString();
    }
}

package dev.arraybench.runner.command;

import dev.arraybench.core.history.CommitPoint;
import dev.arraybench.core.history.HistoryCheck;
import dev.arraybench.core.history.HistoryStore;
import dev.arraybench.core.history.Series;
import dev.arraybench.report.history.HistoryCheckFormat;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.options.GateOptions;
import dev.arraybench.runner.options.HistoryDatabaseOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench history check}: finds the change points of every benchmark on every machine class over a
 * branch's commits (E-Divisive means with Welch's t-test), groups those that moved together, and fails CI when
 * a regression lies among the newest commits.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find change points over commits, per benchmark and machine class.",
            "A change needs a significant difference (Welch's t-test at --confidence) between the commits before "
            + "and after it, whose interval reaches --threshold; one outlier is never a change."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression among the newest --recent commits",
            "1:a regression change point among the newest --recent commits of a series",
            "2:bad usage, a database that cannot be read, an unknown --since commit"})
public final class HistoryCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HistoryDatabaseOption database;

    @Option(names = "--branch", paramLabel = "NAME", defaultValue = "main",
            description = "The branch to check (default: ${DEFAULT-VALUE}).")
    private String branch;

    @Option(names = "--since", paramLabel = "SHA", description = "Check only from this commit on (a prefix will do).")
    private String since;

    @Mixin
    private GateOptions change;

    @Option(names = "--recent", paramLabel = "N", defaultValue = "5",
            description = "A regression fails (exit 1) when it lies within a series' newest N commits "
                    + "(default: ${DEFAULT-VALUE}).")
    private int recent;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or junit (default: ${DEFAULT-VALUE}).")
    private HistoryCheckFormat format;

    @Override
    public Integer call() {
        if (recent < 1) {
            throw new UserError("--recent: " + recent + " (expected 1 or more)");
        }
        List<Series> series;
        try (HistoryStore store = database.open()) {
            series = store.series(branch);
        }
        if (since != null) {
            String from = series.stream().flatMap(s -> s.points().stream())
                    .filter(p -> p.commit().startsWith(since)).map(CommitPoint::time).min(String::compareTo)
                    .orElseThrow(() -> new UserError("--since: commit " + since + " is not in the history of"
                            + " branch " + branch));
            series = series.stream().map(s -> s.from(from)).toList();
        }
        HistoryCheck check = HistoryCheck.of(branch, series, change.threshold(), change.confidence(), recent);
        spec.commandLine().getOut().print(format.render(check));
        spec.commandLine().getOut().flush();
        return check.failed() ? ExitCodes.REGRESSION : ExitCodes.OK;
    }
}

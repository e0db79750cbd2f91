package dev.arraybench.runner.command;

import dev.arraybench.core.history.HistoryCheck;
import dev.arraybench.core.history.HistoryStore;
import dev.arraybench.core.history.Series;
import dev.arraybench.report.history.HistoryPage;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.options.GateOptions;
import dev.arraybench.runner.options.HistoryDatabaseOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arraybench history report}: a page of trends over commits with the change points marked. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a self-contained HTML page (and its PNG charts) of the trends over commits, change "
                + "points marked and their size's interval shaded.")
public final class HistoryReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HistoryDatabaseOption database;

    @Option(names = "--branch", paramLabel = "NAME", defaultValue = "main",
            description = "The branch to draw (default: ${DEFAULT-VALUE}).")
    private String branch;

    @Mixin
    private GateOptions change;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The report folder.")
    private Path out;

    @Override
    public Integer call() {
        OutputFile.checkFolder(out);
        List<Series> series;
        try (HistoryStore store = database.open()) {
            series = store.series(branch);
        }
        HistoryCheck check = HistoryCheck.of(branch, series, change.threshold(), change.confidence(), 1);
        try {
            int charts = HistoryPage.write(check, series, out);
            spec.commandLine().getOut().println("wrote " + out.resolve(HistoryPage.INDEX) + " (" + charts
                    + " trend charts, " + check.groups().size() + " change groups)");
        } catch (IOException e) {
            throw new UncheckedIOException("--out: " + out + " cannot be written (" + e.getMessage() + ")", e);
        }
        return ExitCodes.OK;
    }
}

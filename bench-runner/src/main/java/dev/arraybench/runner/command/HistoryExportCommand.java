package dev.arraybench.runner.command;

import dev.arraybench.core.history.HistoryStore;
import dev.arraybench.core.history.Series;
import dev.arraybench.report.history.HistoryCsv;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.options.HistoryDatabaseOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arraybench history export}: a branch's history as CSV, one row per machine and commit (Otava reads it). */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a branch's history as CSV: time, commit, machine, then one column per benchmark.")
public final class HistoryExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HistoryDatabaseOption database;

    @Option(names = "--branch", paramLabel = "NAME", defaultValue = "main",
            description = "The branch to export (default: ${DEFAULT-VALUE}).")
    private String branch;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.csv", description = "The CSV file.")
    private Path out;

    @Override
    public Integer call() {
        OutputFile.checkWritable(out);
        List<Series> series;
        try (HistoryStore store = database.open()) {
            series = store.series(branch);
        }
        try {
            Files.writeString(out, HistoryCsv.render(series));
        } catch (IOException e) {
            throw new UncheckedIOException("--out: " + out + " cannot be written (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + series.size() + " series)");
        return ExitCodes.OK;
    }
}

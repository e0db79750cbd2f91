package dev.arraybench.runner.command;

import dev.arraybench.core.history.BreakEvenTrack;
import dev.arraybench.core.history.CommitResults;
import dev.arraybench.core.history.HistoryCheck;
import dev.arraybench.core.history.HistoryStore;
import dev.arraybench.core.history.Series;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.report.history.HistoryPage;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.options.DimensionOptions;
import dev.arraybench.runner.options.GateOptions;
import dev.arraybench.runner.options.HistoryDatabaseOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench history report}: a page of trends over commits with the change points marked, and each
 * case's break-even over commits per machine.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a self-contained HTML page (and its PNG charts) of the trends over commits, change "
                + "points marked and their size's interval shaded, and of each case's break-even over commits per machine"
                + " (from 25K to 60K at abc..def), the results read as report reads results files.")
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

    @Mixin
    private DimensionOptions dimensions;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The report folder.")
    private Path out;

    /**
     * The break-even of each case over commits, each commit's results read by their dimensions; none, with a
     * line saying why, when they cannot be read so (another project's JMH benchmarks without --variant and
     * --baseline-variant, or arraybench's own on a JDK older than 25).
     */
    private List<BreakEvenTrack> breakEvenTracks(List<Series> series) {
        Path source = Path.of(database.database());
        try {
            return BreakEvenTrack.of(CommitResults.of(series), results -> dimensions.apply(source, results));
        } catch (UserError | ResultsFileException e) {
            spec.commandLine().getErr().println("arraybench: no break-even over commits: " + e.getMessage());
            return List.of();
        }
    }

    @Override
    public Integer call() {
        OutputFile.checkFolder(out);
        List<Series> series;
        try (HistoryStore store = database.open()) {
            series = store.series(branch);
        }
        HistoryCheck check = HistoryCheck.of(branch, series, change.threshold(), change.confidence(), 1);
        List<BreakEvenTrack> tracks = breakEvenTracks(series);
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            int charts = HistoryPage.write(check, series, tracks, out);
            stdout.println("wrote " + out.resolve(HistoryPage.INDEX) + " (" + charts + " trend charts, "
                    + check.groups().size() + " change groups, " + tracks.size() + " break-even tracks)");
        } catch (IOException e) {
            throw new UncheckedIOException("--out: " + out + " cannot be written (" + e.getMessage() + ")", e);
        }
        tracks.forEach(track -> track.moves().forEach(move -> stdout.println("  break-even " + move + " on "
                + track.machine())));
        stdout.flush();
        return ExitCodes.OK;
    }
}

package dev.arraybench.runner.command;

import dev.arraybench.core.history.Added;
import dev.arraybench.core.history.HistoryStore;
import dev.arraybench.core.history.RunProvenance;
import dev.arraybench.core.history.Times;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.options.HistoryDatabaseOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench history add}: stores results files (this tool's, fleet files, plain JMH JSON) with the
 * commit they measured. Every file is read and checked before any is stored; each is stored in a transaction
 * of its own, and one added before is left as it is.
 */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Store results files in the history with the commit they measured.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stored (or already there)", "2:bad usage, an unreadable or invalid file (nothing is "
            + "stored), a database locked past the wait or of a newer schema"})
public final class HistoryAddCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Results files: this tool's, fleet files (one run per machine) or plain JMH JSON.")
    private List<Path> files;

    @Mixin
    private HistoryDatabaseOption database;

    @Option(names = "--commit", required = true, paramLabel = "SHA", description = "The commit measured.")
    private String commit;

    @Option(names = "--branch", paramLabel = "NAME", defaultValue = "main",
            description = "The branch measured (default: ${DEFAULT-VALUE}).")
    private String branch;

    @Option(names = "--time", paramLabel = "ISO-8601",
            description = "When it was measured, such as 2026-12-05T10:00:00Z (default: the start time the file "
                    + "records, else now).")
    private String time;

    @Override
    public Integer call() {
        RunProvenance provenance = provenance();
        files.forEach(ResultsCodec::readMachines);
        PrintWriter out = spec.commandLine().getOut();
        try (HistoryStore store = database.open()) {
            for (Path file : files) {
                for (Added added : store.add(file, provenance)) {
                    out.println(added.describe());
                }
            }
        }
        return ExitCodes.OK;
    }

    private RunProvenance provenance() {
        try {
            Instant at = time == null ? null : Times.parse(time);
            return new RunProvenance(commit, branch, at);
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
    }
}

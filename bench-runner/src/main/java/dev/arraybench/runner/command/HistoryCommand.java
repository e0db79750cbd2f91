package dev.arraybench.runner.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench history}: keeps every run in a database (a SQLite file, or PostgreSQL for a team) and finds
 * change points over commits. The work is in its subcommands: add, check, report, export.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        subcommands = {HistoryAddCommand.class, HistoryCheckCommand.class, HistoryReportCommand.class,
            HistoryExportCommand.class},
        description = {"Keep every run in a database and find change points over commits.",
            "add stores results files; check finds change points (exit 1 on a recent regression); report draws "
            + "the trends; export writes CSV (as Apache Otava reads)."})
public final class HistoryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a history command is needed: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}

package dev.arraybench.runner;

import dev.arraybench.runner.command.AbCommand;
import dev.arraybench.runner.command.AdviseCommand;
import dev.arraybench.runner.command.BreakevenCommand;
import dev.arraybench.runner.command.CalibrateCommand;
import dev.arraybench.runner.command.CompareCommand;
import dev.arraybench.runner.command.HistoryCommand;
import dev.arraybench.runner.command.ListCommand;
import dev.arraybench.runner.command.MergeCommand;
import dev.arraybench.runner.command.ReportCommand;
import dev.arraybench.runner.command.RunCommand;
import dev.arraybench.runner.command.ValidateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The {@code arraybench} command: measures when parallel array processing pays off and what copying the
 * data costs. Subcommands run benchmarks, render reports, compare results for CI, and list what can be
 * measured. Exit codes are in {@link ExitCodes}.
 *
 * <p>The commands that measure or list the built-in kernels (Java 25 class files of {@code scenarios}) are
 * registered only on a JDK 25; on an older one each is a {@link NeedsJdk25} that says so, so that the analysis
 * commands of the runnable jar run on JDK 17 without loading a scenario class.
 */
@Command(name = "arraybench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measures when parallel array processing pays off and what copying the data costs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (compare: no regression)", "1:compare found a regression (history check: a recent regression)",
            "2:bad usage or bad input", "3:a benchmark failed (results measured so far are kept)"})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.setOut(WarningFilter.over(System.out));
        System.setErr(WarningFilter.over(System.err));
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for tests that capture its output. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        scenarioCommand(line, "run", () -> new RunCommand());
        scenarioCommand(line, "breakeven", () -> new BreakevenCommand());
        line.addSubcommand(new ReportCommand());
        line.addSubcommand(new AdviseCommand());
        line.addSubcommand(new ValidateCommand());
        line.addSubcommand(new CompareCommand());
        line.addSubcommand(new CalibrateCommand());
        line.addSubcommand(new AbCommand());
        line.addSubcommand(new MergeCommand());
        line.addSubcommand(new HistoryCommand());
        scenarioCommand(line, "list", () -> new ListCommand());
        line.addSubcommand(new CommandLine.HelpCommand());
        return line.setExecutionExceptionHandler(new FailureHandler())
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** {@code command} is a lambda, not a constructor reference, which would load the class when linked. */
    private static void scenarioCommand(CommandLine line, String name, Supplier<Object> command) {
        if (NeedsJdk25.satisfied()) {
            line.addSubcommand(name, command.get());
        } else {
            line.addSubcommand(name, new NeedsJdk25(name));
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}

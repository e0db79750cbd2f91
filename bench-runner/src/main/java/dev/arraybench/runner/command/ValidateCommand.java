package dev.arraybench.runner.command;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceReader;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.regret.HeldOutSizes;
import dev.arraybench.core.regret.Policy;
import dev.arraybench.core.regret.RegretFiles;
import dev.arraybench.core.regret.RegretReport;
import dev.arraybench.core.regret.Regrets;
import dev.arraybench.core.result.EnvironmentDifference;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.report.RegretText;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.NeedsJdk25;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.execute.HeldOutRun;
import dev.arraybench.runner.jar.MachineLock;
import dev.arraybench.runner.options.Percentages;
import dev.arraybench.runner.options.UserInput;
import dev.arraybench.runner.options.WaitOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench validate THRESHOLDS.json --out regret.json}: measures the baseline and every advised
 * variant at held-out sizes, in randomised rounds (every round shuffles every benchmark of every size, one
 * fork each, never one size at a time), and writes the regret of following the thresholds, and of the fixed
 * policies, against the best choice per size (see {@link Regrets}). It holds the machine while it measures, as
 * run and breakeven do.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the regret of a thresholds file at held-out sizes, in randomised rounds, beside "
            + "never, always, 8192 and 32768; exit 1 when the advice's max regret exceeds --max-regret.",
            "Example: arraybench validate thresholds.json --held-out 10 --out regret.json"})
public final class ValidateCommand implements Callable<Integer> {

    private static final Set<String> MACHINE_FIELDS = Set.of("cpuModel", "cores", "jdkVendor", "jdkVersion", "os");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "THRESHOLDS.json", description = "A thresholds file written by advise.")
    private Path thresholds;

    @Option(names = "--sizes", paramLabel = "LIST", description = "The sizes to measure, as for run --size.")
    private String sizes;

    @Option(names = "--held-out", paramLabel = "N", defaultValue = "10",
            description = "How many log-spaced held-out sizes across the thresholds' measured range, none on a size"
                    + " the thresholds name (default: ${DEFAULT-VALUE}).")
    private int heldOut;

    @Option(names = {"--forks", "--rounds"}, paramLabel = "N", defaultValue = "3",
            description = "Forks per benchmark, each in its own round that measures every benchmark once in a new"
                    + " random order (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--from-results", paramLabel = "FILE",
            description = "Measure nothing: judge the thresholds against the held-out sizes of a results file an"
                    + " earlier validate wrote (FILE-results.json), for example one measured before the search.")
    private Path fromResults;

    @Option(names = "--max-regret", paramLabel = "PCT", defaultValue = "10%", converter = Percentages.Regret.class,
            description = "Exit 1 when the advice's largest regret exceeds this (default: ${DEFAULT-VALUE}).")
    private double maxRegret;

    @Mixin
    private WaitOption wait;

    @Option(names = "--allow-other-machine", description = "Measure here although the thresholds are another machine's.")
    private boolean otherMachine;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The regret document; the measurements go to FILE-results.json beside it.")
    private Path out;

    @Override
    public Integer call() {
        Advice advice = UserInput.fromFile(() -> AdviceReader.read(thresholds).get(0));
        if (rounds < 1) {
            throw new UserError("forks: " + rounds + " (expected at least 1)");
        }
        RunResults measured = fromResults == null ? null : earlierMeasurements();
        if (measured == null && !NeedsJdk25.satisfied()) {
            throw new UserError("validate measures the built-in kernels, which needs JDK " + NeedsJdk25.FEATURE
                    + " (this is Java " + Runtime.version().feature() + "); --from-results FILE judges earlier"
                    + " measurements on JDK 17+");
        }
        EnvironmentFingerprint here = measured == null ? HeldOutRun.machine() : EnvironmentFingerprint.of(
                measured.environment());
        List<EnvironmentDifference> differences = advice.machine().differences(here).stream()
                .filter(d -> MACHINE_FIELDS.contains(d.field())).toList();
        if (!differences.isEmpty() && !otherMachine) {
            throw new UserError("thresholds: " + thresholds + " was measured on another machine (" + differences.get(0)
                    .field() + ": " + differences.get(0).baseline() + ", " + (measured == null ? "here" : fromResults
                    + " has") + " " + differences.get(0).current() + "); pass --allow-other-machine to measure here"
                    + " anyway");
        }
        OutputFile.checkWritable(out);
        PrintWriter console = spec.commandLine().getOut();
        Path resultsFile = fromResults;
        if (measured == null) {
            resultsFile = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.json$", "")
                    + "-results.json");
            List<Long> chosen = sizes(advice);
            MachineLock.Held machine = MachineLock.hold(MachineLock.commandOf(spec), wait.noWait(), console);
            try {
                measured = HeldOutRun.measure(advice, chosen, rounds, resultsFile, console);
            } finally {
                machine.close();
            }
            if (measured == null) {
                return ExitCodes.FAILED;
            }
        }
        RegretReport report = Regrets.of(advice, thresholds.toString(), Analysis.of(measured), here);
        if (report.variants().isEmpty()) {
            throw new UserError("measurements: " + resultsFile + " hold none of the thresholds' variants beside its"
                    + " baseline at any size");
        }
        try {
            RegretFiles.write(report, out);
        } catch (IOException e) {
            throw new UserError("out: cannot write " + out + " (" + e.getMessage() + ")");
        }
        RegretText.print(report, console);
        console.printf(Locale.ROOT, "wrote %s (measurements: %s)%n", out, resultsFile);
        console.flush();
        return report.max(Policy.ADVISED) > maxRegret ? ExitCodes.REGRESSION : ExitCodes.OK;
    }

    private RunResults earlierMeasurements() {
        return UserInput.fromFile(() -> ResultsCodec.read(fromResults));
    }

    private List<Long> sizes(Advice advice) {
        List<Long> chosen;
        if (sizes != null) {
            chosen = UserInput.parsed(() -> Sizes.parseList(sizes));
        } else {
            TreeSet<Long> named = new TreeSet<>();
            for (Threshold t : advice.thresholds()) {
                t.bands().forEach(band -> {
                    named.add(band.from());
                    named.add(band.to());
                });
            }
            long from = named.isEmpty() ? 1_000 : named.first();
            long to = named.isEmpty() ? 4_000_000 : named.last();
            chosen = UserInput.parsed(() -> HeldOutSizes.between(from, to, heldOut, named));
        }
        if (chosen.isEmpty()) {
            throw new UserError("held-out: no size to measure (expected --held-out 1 or more, or --sizes)");
        }
        return chosen;
    }
}

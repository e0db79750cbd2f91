package dev.arraybench.runner.command;

import dev.arraybench.core.gate.Calibration;
import dev.arraybench.core.gate.CalibrationCodec;
import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.gate.Gate;
import dev.arraybench.core.gate.GateSettings;
import dev.arraybench.core.result.EnvironmentDifference;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.report.gate.ComparedFiles;
import dev.arraybench.report.gate.GateFormat;
import dev.arraybench.report.gate.GateSummary;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.options.FailOnOption;
import dev.arraybench.runner.options.GateOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench compare}: the CI regression gate. Reads two results files (arraybench or plain JMH
 * JSON), decides every benchmark present in both, renders the report, and exits 0 (no regression),
 * 1 (a regression, with {@code --strict} a benchmark in one file only, with {@code --fail-on undecided}
 * an undecided benchmark) or 2 (bad usage or input).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare a results file against a baseline and fail on a significant slowdown beyond "
            + "the threshold.",
            "A t-test on log fork means (paired with --paired; with one fork, on iterations plus a calibrated or "
            + "assumed between-fork noise) decides; a hierarchical bootstrap gives the intervals. What cannot "
            + "be decided is 'undecided', never a pass: the summary says what would decide it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression (the outcome line says whether anything is undecided)",
            "1:a regression (with --strict: also a benchmark in one file only; with --fail-on undecided: also "
            + "an undecided one)",
            "2:bad usage, unreadable or invalid file, different environments with --require-same-env, or a "
            + "calibration from another machine"})
public final class CompareCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "FILE",
            description = "Results of the reference run (arraybench or plain JMH JSON).")
    private Path baseline;

    @Option(names = "--current", required = true, paramLabel = "FILE",
            description = "Results of the run to judge (arraybench or plain JMH JSON).")
    private Path current;

    @Mixin
    private GateOptions gate = new GateOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or junit (default: ${DEFAULT-VALUE}).")
    private GateFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report here instead of to standard output; the summary still goes there.")
    private Path out;

    @Option(names = "--strict", description = "A benchmark present in only one file fails the gate.")
    private boolean strict;

    @Mixin
    private FailOnOption failOn = new FailOnOption();

    @Option(names = "--paired",
            description = "The files come from an interleaved run (arraybench ab): pair neighbouring forks.")
    private boolean paired;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "Noise measured by arraybench calibrate on this machine, used for one-fork files.")
    private Path calibration;

    @Option(names = "--allow-other-machine",
            description = "Use a --calibration made on another machine (otherwise exit 2).")
    private boolean allowOtherMachine;

    @Option(names = "--require-same-env",
            description = "Exit 2 when the machines or JVMs differ (CPU model, cores, JDK, JVM flags, vector "
                    + "width, OS).")
    private boolean requireSameEnv;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the bootstrap; the same files and seed give the same verdicts "
                    + "(default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--step-summary", paramLabel = "FILE", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "Append the Markdown report to this file (default: $GITHUB_STEP_SUMMARY when set).")
    private Path stepSummary;

    @Override
    public Integer call() {
        RunResults base = Gate.read(baseline);
        RunResults cur = Gate.read(current);
        GateSettings settings = new GateSettings(gate.threshold(), gate.confidence(), seed, strict).withPaired(paired)
                .withFailOnUndecided(failOn.undecidedFails())
                .withCalibration(calibration(EnvironmentFingerprint.of(cur.environment())));
        Comparison comparison = Gate.compare(base, cur, settings);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        comparison.warnings().forEach(warning -> stderr.println("WARNING: " + warning));
        List<EnvironmentDifference> differences = comparison.environmentDifferences();
        if (!differences.isEmpty()) {
            stderr.print(GateSummary.environmentWarning(differences));
            stderr.flush();
            if (requireSameEnv) {
                throw new UserError("--require-same-env: the environments differ in " + differences.stream()
                        .map(EnvironmentDifference::field).collect(Collectors.joining(", ")));
            }
        }
        ComparedFiles files = new ComparedFiles(baseline.toString(), current.toString());
        String report = format.render(comparison, files);
        if (out == null) {
            stdout.print(report);
        } else {
            OutputFile.write("--out", out, report);
            stdout.println("wrote " + out);
            stdout.println(GateSummary.counts(comparison));
            stdout.println(GateSummary.outcome(comparison));
        }
        stdout.flush();
        if (stepSummary != null && !stepSummary.toString().isBlank()) {
            OutputFile.append("--step-summary", stepSummary, GateFormat.MARKDOWN.render(comparison, files));
        }
        return comparison.passed() ? ExitCodes.OK : ExitCodes.REGRESSION;
    }

    /** The calibration, checked to come from the machine that measured {@code machine}. */
    private Calibration calibration(EnvironmentFingerprint machine) {
        if (calibration == null) {
            return Calibration.NONE;
        }
        Calibration noise = CalibrationCodec.read(calibration);
        List<EnvironmentDifference> differences = noise.environment().differences(machine);
        if (!differences.isEmpty() && !allowOtherMachine) {
            throw new UserError("--calibration " + calibration + ": made on another machine than " + current
                    + " (" + differences.stream().map(d -> d.field() + " '" + d.baseline() + "' vs '"
                    + d.current() + "'").collect(Collectors.joining("; ")) + "); calibrate on this machine or pass "
                    + "--allow-other-machine");
        }
        return noise;
    }

}

package dev.arraybench.runner;

import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.result.EnvironmentDifference;
import dev.arraybench.core.gate.Gate;
import dev.arraybench.core.gate.GateSettings;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.report.gate.ComparedFiles;
import dev.arraybench.report.gate.GateFormat;
import dev.arraybench.report.gate.GateSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench compare}: the CI regression gate. Reads two results files (arraybench or plain JMH
 * JSON), decides every benchmark present in both, renders the report, and exits 0 (no regression),
 * 1 (a regression, or with {@code --strict} a benchmark in one file only) or 2 (bad usage or input).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare a results file against a baseline and fail on a statistically significant "
            + "slowdown.",
            "A benchmark regresses only when a rank test (Mann-Whitney U) finds the change significant and the "
            + "whole bootstrap interval of the current/baseline ratio lies beyond the threshold; noise "
            + "alone gives 'inconclusive', which does not fail the gate."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression", "1:a regression (with --strict: also a benchmark in one file only)",
            "2:bad usage, unreadable or invalid file, or different environments with --require-same-env"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "FILE",
            description = "Results of the reference run (arraybench or plain JMH JSON).")
    private Path baseline;

    @Option(names = "--current", required = true, paramLabel = "FILE",
            description = "Results of the run to judge (arraybench or plain JMH JSON).")
    private Path current;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%",
            converter = Fractions.Threshold.class,
            description = "Smallest change that matters: 5%% or 0.05 (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "99%",
            converter = Fractions.Confidence.class,
            description = "Confidence of the intervals and of the rank test, 50%% to 99.9%% "
                    + "(default: ${DEFAULT-VALUE}).")
    private double confidence;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or junit (default: ${DEFAULT-VALUE}).")
    private GateFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report here instead of to standard output; the summary still goes there.")
    private Path out;

    @Option(names = "--strict", description = "A benchmark present in only one file fails the gate.")
    private boolean strict;

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
        RunResults base = read(baseline);
        RunResults cur = read(current);
        Comparison comparison = Gate.compare(base, cur, new GateSettings(threshold, confidence, seed, strict));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
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
            write("--out", out, report, false);
            stdout.println("wrote " + out);
            stdout.println(GateSummary.counts(comparison));
            stdout.println(GateSummary.outcome(comparison));
        }
        stdout.flush();
        if (stepSummary != null && !stepSummary.toString().isBlank()) {
            write("--step-summary", stepSummary, GateFormat.MARKDOWN.render(comparison, files), true);
        }
        return comparison.passed() ? ExitCodes.OK : ExitCodes.REGRESSION;
    }

    private static RunResults read(Path file) {
        RunResults results = ResultsCodec.read(file);
        Gate.firstDuplicate(results).ifPresent(id -> {
            throw new ResultsFileException(file, "benchmark " + id + " appears more than once (expected one "
                    + "entry per benchmark and parameter set)");
        });
        return results;
    }

    private static void write(String option, Path file, String text, boolean append) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (append) {
                Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(option + " " + file + ": cannot be written (" + e + ")", e);
        }
    }
}

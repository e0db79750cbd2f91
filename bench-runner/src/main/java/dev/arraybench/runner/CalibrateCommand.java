package dev.arraybench.runner;

import dev.arraybench.core.gate.Calibration;
import dev.arraybench.core.gate.CalibrationCodec;
import dev.arraybench.core.result.RunResults;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench calibrate}: measures each benchmark's noise on this machine from two or more results
 * files of the same code (A/A), and how many forks the gate needs to decide a change of the threshold's size;
 * writes a calibration file that {@code compare --calibration} reads.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the noise of each benchmark from two or more results files of the same code "
            + "(A/A) and write a calibration file for compare --calibration.",
            "Prints the between-fork and within-fork noise and the forks x iterations a side needed to detect "
            + "the threshold at the confidence."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:calibration written", "2:bad usage or an unreadable or invalid file"})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "2..*",
            description = "Results files of the same code, measured on this machine (arraybench or JMH JSON).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%",
            converter = Fractions.Threshold.class,
            description = "The change to detect: 5%% or 0.05 (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "99%",
            converter = Fractions.Confidence.class,
            description = "Confidence to detect it at, 50%% to 99.9%% (default: ${DEFAULT-VALUE}).")
    private double confidence;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "calibration.json",
            description = "Where to write the calibration (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
        List<RunResults> results = files.stream().map(CompareCommand::read).toList();
        Calibration calibration = Calibration.measure(results, threshold, confidence);
        CompareCommand.write("--out", out, CalibrationCodec.toJson(calibration), false);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(table(calibration));
        stdout.println("wrote " + out);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** One line per benchmark: its noise and the forks x iterations a side it needs. */
    static String table(Calibration calibration) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%-60s %9s %9s %7s  %s%n", "benchmark", "between", "within", "forks", "needed to detect "
                        + percent(calibration.threshold()) + " at " + percent(calibration.confidence())));
        for (Calibration.Entry entry : calibration.benchmarks()) {
            text.append(String.format(Locale.ROOT, "%-60s %8.2f%% %8.2f%% %7d  %d forks x %d iterations a side%n",
                    entry.id(), 100 * entry.noise().betweenForks(), 100 * entry.noise().withinFork(),
                    entry.forks(), entry.forksNeeded(), entry.iterations()));
        }
        return text.toString();
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3g%%", 100 * fraction);
    }
}

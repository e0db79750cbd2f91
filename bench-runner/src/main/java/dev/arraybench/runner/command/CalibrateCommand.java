package dev.arraybench.runner.command;

import dev.arraybench.core.gate.Calibration;
import dev.arraybench.core.gate.CalibrationCodec;
import dev.arraybench.core.gate.Gate;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.jar.JarForkRunner;
import dev.arraybench.runner.jar.JmhJar;
import dev.arraybench.runner.jar.MachineLock;
import dev.arraybench.runner.jar.SingleForkFiles;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.options.GateOptions;
import dev.arraybench.runner.options.UserInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench calibrate}: measures each benchmark's noise on this machine from two or more results
 * files of the same code (A/A), and how many forks the gate needs to decide a change of the threshold's size;
 * writes a calibration file that {@code compare --calibration} reads. With {@code --jar} it makes the A/A
 * files itself: independent runs of the jar's forks, one after another, as {@code ab} runs them.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the noise of each benchmark from two or more results files of the same code "
            + "(A/A) and write a calibration file for compare --calibration.",
            "Prints the between-fork and within-fork noise and the forks x iterations a side needed to detect "
            + "the threshold at the confidence.",
            "With --jar JAR [REGEX...] it runs the jar's benchmarks itself, --runs independent runs of --forks forks "
            + "each, and writes their results files next to --out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:calibration written", "2:bad usage or an unreadable or invalid file; with --jar: a jar "
            + "that is not a JMH benchmark jar, a regex that matches no benchmark, a busy machine",
            "3:a fork failed (its log is kept next to --out)"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|REGEX", arity = "0..*",
            description = "Results files of the same code, measured on this machine (arraybench or JMH JSON); "
                + "with --jar: JMH benchmark regexes (default: all).")
    private List<String> arguments = new ArrayList<>();

    @Option(names = "--jar", paramLabel = "JAR", description = "Run this JMH benchmark jar's A/A runs here.")
    private Path jar;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2",
            description = "With --jar: independent runs, at least 2 (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "6",
            description = "With --jar: forks per run, at least 2 (default: ${DEFAULT-VALUE}).")
    private int forks;

    @Mixin
    private JarForkRunner jmh = new JarForkRunner();

    @Mixin
    private GateOptions gate = new GateOptions();

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "calibration.json",
            description = "Where to write the calibration (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        List<Path> files = jar == null ? files() : runJar();
        List<RunResults> results = files.stream().map(Gate::read).toList();
        Calibration calibration = UserInput.parsed(
                () -> Calibration.measure(results, gate.threshold(), gate.confidence()));
        OutputFile.write("--out", out, CalibrationCodec.toJson(calibration));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(table(calibration));
        stdout.println("wrote " + out);
        stdout.flush();
        return ExitCodes.OK;
    }

    private List<Path> files() {
        if (arguments.size() < 2) {
            throw new UserError("calibrate: expected two or more results files of the same code (A/A), or --jar JAR "
                    + "to run them here; got " + arguments.size());
        }
        return arguments.stream().map(Path::of).toList();
    }

    /** Runs the jar's forks as {@code runs} independent runs and returns their joined results files. */
    private List<Path> runJar() throws IOException {
        for (String argument : arguments) {
            if (argument.endsWith(".json") || Files.isRegularFile(Path.of(argument))) {
                throw new UserError("calibrate: --jar runs the A/A runs itself, so give --jar JAR [REGEX...] or "
                        + "FILE FILE..., not both (" + argument + " is a file)");
            }
        }
        if (runs < 2) {
            throw new UserError("--runs: " + runs + " (expected at least 2 independent runs)");
        }
        if (forks < 2) {
            throw new UserError("--forks: " + forks + " (expected at least 2, so that forks can be compared)");
        }
        JmhJar jmhJar = JmhJar.of("--jar", jar);
        String java = JarForkRunner.java();
        JarForkRunner.checkMatches(jmhJar, java, arguments);
        MachineLock.checkFree();
        Path folder = out.toAbsolutePath().getParent();
        String stem = out.getFileName().toString().replaceFirst("\\.json$", "");
        Path forkFolder = folder.resolve(stem + "-forks");
        Files.createDirectories(forkFolder);
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        int total = runs * forks;
        int done = 0;
        List<Path> files = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            List<Path> forkFiles = new ArrayList<>();
            for (int fork = 1; fork <= forks; fork++) {
                String name = String.format(Locale.ROOT, "aa%d-%02d", run, fork);
                err.printf(Locale.ROOT, "calibrate: fork %d/%d: run %d of %s%s%n", ++done, total, run,
                        jar.getFileName(), JarForkRunner.eta(start, done - 1, total));
                err.flush();
                Path json = forkFolder.resolve(name + ".json");
                jmh.run(jmhJar, java, arguments, json, forkFolder.resolve(name + ".log"));
                forkFiles.add(json);
            }
            Path file = folder.resolve(stem + "-aa" + run + ".json");
            SingleForkFiles.join(forkFiles, file);
            files.add(file);
        }
        err.printf(Locale.ROOT, "calibrate: %d runs of %d forks in %.0f s; wrote %s%n", runs, forks,
                (System.nanoTime() - start) / 1e9, String.join(", ", files.stream().map(Path::toString).toList()));
        err.flush();
        return files;
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

package dev.arraybench.runner;

import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.gate.Gate;
import dev.arraybench.core.gate.GateSettings;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.report.gate.ComparedFiles;
import dev.arraybench.report.gate.GateFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench ab}: runs two JMH benchmark jars on this machine fork by fork, alternating A B B A ...,
 * joins each side's forks into one results file, and compares them pairing neighbouring forks, so that the
 * machine's drift during the run cancels.
 */
@Command(name = "ab", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a baseline and a current JMH benchmark jar interleaved, fork by fork (A B B A ...), "
            + "and gate the current one with the paired analysis.",
            "Each fork is 'java -cp JAR org.openjdk.jmh.Main REGEX... -f 1 -rf json -rff FILE' with the warm-up "
            + "and iteration options below."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression (the outcome line says whether anything is undecided)",
            "1:a regression (with --fail-on undecided: also an undecided benchmark)",
            "2:bad usage: a jar that is not a JMH benchmark jar, a regex that matches no benchmark, a busy machine",
            "3:a fork failed (its log is kept in --out)"})
final class AbCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--baseline-jar", required = true, paramLabel = "JAR", description = "The baseline's JMH jar (A).")
    private Path baselineJar;

    @Option(names = "--current-jar", required = true, paramLabel = "JAR", description = "The current JMH jar (B).")
    private Path currentJar;

    @Parameters(paramLabel = "REGEX", arity = "0..*", description = "JMH benchmark regexes (default: all).")
    private List<String> regexes = new ArrayList<>();

    @Option(names = "--forks", paramLabel = "N", defaultValue = "6",
            description = "Forks per side, at least 2 (default: ${DEFAULT-VALUE}).")
    private int forks;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Warm-up iterations per fork (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10",
            description = "Measured iterations per fork (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--time", paramLabel = "TIME", defaultValue = "100ms",
            description = "Duration of each warm-up and measured iteration, as JMH reads it (default: ${DEFAULT-VALUE}).")
    private String time;

    @Option(names = "--jmh-args", paramLabel = "ARGS",
            description = "More JMH options for every fork, such as \"-p size=1M\".")
    private String jmhArgs;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%",
            converter = Fractions.Threshold.class, description = "Smallest change that matters (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "99%",
            converter = Fractions.Confidence.class, description = "Confidence (default: ${DEFAULT-VALUE}).")
    private double confidence;

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "regression",
            description = "regression (default) or undecided: an undecided benchmark fails too.")
    private CompareCommand.FailOn failOn;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for baseline.json, current.json (plain JMH JSON), compare.md and each fork's log.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (forks < 2) {
            throw new UserError("--forks: " + forks + " (expected at least 2, so that forks can be paired)");
        }
        JmhJar base = JmhJar.of("--baseline-jar", baselineJar);
        JmhJar cur = JmhJar.of("--current-jar", currentJar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        PrintWriter err = spec.commandLine().getErr();
        checkMatches(base, java);
        checkMatches(cur, java);
        MachineLock.checkFree();
        Path forkFolder = out.resolve("forks");
        Files.createDirectories(forkFolder);
        List<Path> baseFiles = new ArrayList<>();
        List<Path> curFiles = new ArrayList<>();
        long start = System.nanoTime();
        int total = 2 * forks;
        int done = 0;
        for (int pair = 0; pair < forks; pair++) {
            boolean baseFirst = pair % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean isBase = (side == 0) == baseFirst;
                String name = String.format(Locale.ROOT, "%s-%02d", isBase ? "baseline" : "current", pair + 1);
                Path json = forkFolder.resolve(name + ".json");
                err.printf(Locale.ROOT, "ab: fork %d/%d: %s (%s)%s%n", ++done, total, isBase ? "A baseline"
                        : "B current", (isBase ? base : cur).jar().getFileName(), eta(start, done - 1, total));
                err.flush();
                runFork(isBase ? base : cur, java, json, forkFolder.resolve(name + ".log"));
                (isBase ? baseFiles : curFiles).add(json);
            }
        }
        Path baseline = out.resolve("baseline.json");
        Path current = out.resolve("current.json");
        ForkFiles.join(baseFiles, baseline);
        ForkFiles.join(curFiles, current);
        err.printf(Locale.ROOT, "ab: %d forks a side in %.0f s; wrote %s and %s%n", forks,
                (System.nanoTime() - start) / 1e9, baseline, current);
        err.flush();
        GateSettings settings = new GateSettings(threshold, confidence, GateSettings.DEFAULT_SEED, false)
                .withPaired(true).withFailOnUndecided(failOn == CompareCommand.FailOn.UNDECIDED);
        Comparison comparison = Gate.compare(ResultsCodec.read(baseline), ResultsCodec.read(current), settings);
        ComparedFiles files = new ComparedFiles(baseline.toString(), current.toString());
        CompareCommand.write("--out", out.resolve("compare.md"), GateFormat.MARKDOWN.render(comparison, files), false);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(GateFormat.TEXT.render(comparison, files));
        stdout.flush();
        return comparison.passed() ? ExitCodes.OK : ExitCodes.REGRESSION;
    }

    private void checkMatches(JmhJar jar, String java) {
        if (jar.list(java, regexes).isEmpty()) {
            throw new UserError(jar.option() + " " + jar.jar() + ": " + (regexes.isEmpty() ? "holds no benchmark"
                    : "no benchmark matches " + String.join(" ", regexes)) + " (list them with: java -jar "
                    + jar.jar() + " -l)");
        }
    }

    private void runFork(JmhJar jar, String java, Path json, Path log) throws IOException {
        List<String> arguments = new ArrayList<>(regexes);
        arguments.addAll(List.of("-f", "1", "-wi", Integer.toString(warmup), "-i", Integer.toString(iterations),
                "-w", time, "-r", time, "-rf", "json", "-rff", json.toString()));
        if (jmhArgs != null && !jmhArgs.isBlank()) {
            arguments.addAll(Arrays.asList(jmhArgs.strip().split("\\s+")));
        }
        Process process = new ProcessBuilder(jar.command(java, arguments)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            int exit = process.waitFor();
            if (exit != 0 || !Files.isRegularFile(json)) {
                throw new ForkFailure(jar.jar() + ": the fork exited with " + exit + "; see " + log + ": "
                        + lastLine(log));
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + jar.jar(), e);
        }
    }

    private static String lastLine(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
    }

    private static String eta(long start, int done, int total) {
        if (done == 0) {
            return "";
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, ", %.0f s so far, about %.0f s left", elapsed,
                elapsed / done * (total - done));
    }

    /** A fork that failed: a crash of the subject, not a user's mistake. */
    static final class ForkFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ForkFailure(String message) {
            super(message);
        }
    }
}

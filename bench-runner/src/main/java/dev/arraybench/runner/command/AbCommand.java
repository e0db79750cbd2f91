package dev.arraybench.runner.command;

import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.gate.Gate;
import dev.arraybench.core.gate.GateSettings;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.report.gate.ComparedFiles;
import dev.arraybench.report.gate.GateFormat;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.Main;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.jar.JarForkRunner;
import dev.arraybench.runner.jar.JmhJar;
import dev.arraybench.runner.jar.MachineLock;
import dev.arraybench.runner.jar.SingleForkFiles;
import dev.arraybench.runner.options.Fractions;
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
public final class AbCommand implements Callable<Integer> {

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

    @Mixin
    private JarForkRunner jmh = new JarForkRunner();

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
        String java = JarForkRunner.java();
        PrintWriter err = spec.commandLine().getErr();
        JarForkRunner.checkMatches(base, java, regexes);
        JarForkRunner.checkMatches(cur, java, regexes);
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
                        : "B current", (isBase ? base : cur).jar().getFileName(), JarForkRunner.eta(start, done - 1, total));
                err.flush();
                jmh.run(isBase ? base : cur, java, regexes, json, forkFolder.resolve(name + ".log"));
                (isBase ? baseFiles : curFiles).add(json);
            }
        }
        Path baseline = out.resolve("baseline.json");
        Path current = out.resolve("current.json");
        SingleForkFiles.join(baseFiles, baseline);
        SingleForkFiles.join(curFiles, current);
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
}

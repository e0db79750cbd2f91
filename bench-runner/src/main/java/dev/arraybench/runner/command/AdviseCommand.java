package dev.arraybench.runner.command;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceFiles;
import dev.arraybench.core.advice.AdviceJava;
import dev.arraybench.core.advice.AdvicePolicy;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.options.DimensionOptions;
import dev.arraybench.runner.options.UserInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code arraybench advise RESULTS.json [MORE.json ...] --out thresholds.json}: writes the size from which
 * each parallel variant pays off (the size of least expected regret, or with {@code --policy conservative}
 * the upper end of its break-even interval, so the margin is on the safe side) with the machine it holds for, as JSON and as a {@code .properties} file beside it that
 * {@code dev.arraybench.thresholds.Thresholds} loads at run time. Results of several machines give one set
 * per machine class.
 */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Write thresholds a library loads at run time: for every case and parallel variant, the "
            + "size to parallelise from (by default the size of least expected regret over the bootstrap "
            + "resamples; null when staying sequential costs least), the break-even with its 95%% interval and the "
            + "bands where it is faster, slower or undecided.",
            "Writes FILE.json and FILE.properties beside it. Reads files as report does; results of several "
                + "machines (a fleet file, or files from different machines) give one set of thresholds per "
                + "machine class (" + Advice.FLEET_SCHEMA + "), and the runtime class picks the one it runs on."})
public final class AdviseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULTS.json", description = "Results files to advise from.")
    private List<Path> files;

    @Mixin
    private DimensionOptions dimensions;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.json",
            description = "The thresholds file to write; the .properties form is written beside it.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "properties",
            description = "properties (default: FILE.json and FILE.properties) or java: FILE.java, a class of"
                + " constants, one per case and variant (one machine only).")
    private String format;

    @Option(names = "--class", paramLabel = "NAME", defaultValue = "ParallelThresholds",
            description = "With --format java: the class name, with its package (default: ${DEFAULT-VALUE}).")
    private String className;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "regret",
            description = {"How to choose the size to parallelise from: regret (the size whose expected cost "
                + "against the best choice per size is least; some sizes near the break-even may run a little "
                + "slower) or conservative (the upper end of the 95%% break-even interval: never a parallel "
                + "slowdown the search could see, at the price of wins below it). Default: ${DEFAULT-VALUE}."})
    private String policy;

    @Override
    public Integer call() {
        AdvicePolicy rule = UserInput.parsed(() -> AdvicePolicy.of(policy));
        List<RunResults> machines = dimensions.machines(files);
        OutputFile.checkWritable(out);
        List<Advice> classes = machines.stream()
                .map(m -> Advice.of(Analysis.of(m), EnvironmentFingerprint.of(m.environment()), rule)).toList();
        if (format.equals("java")) {
            return writeJava(classes);
        }
        if (!format.equals("properties")) {
            throw new UserError("--format: '" + format + "' (expected properties or java)");
        }
        try {
            AdviceFiles.write(classes, out);
        } catch (IOException e) {
            throw new UserError("--out: cannot write " + out + " (" + e + ")");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> labels = AdviceFiles.labels(classes);
        int total = 0;
        for (int k = 0; k < classes.size(); k++) {
            if (classes.size() > 1) {
                stdout.printf(Locale.ROOT, "machine class %d: %s%n", k + 1, labels.get(k));
            }
            for (Threshold t : classes.get(k).thresholds()) {
                stdout.printf(Locale.ROOT, "%s%s %s: %s%n", classes.size() > 1 ? "  " : "",
                        String.join(" ", t.kase().values()), t.variantLabel(), t.parallelFrom() == null
                                ? "never (stay sequential)" : "parallel from " + t.parallelFrom() + " elements");
            }
            total += classes.get(k).thresholds().size();
        }
        stdout.printf(Locale.ROOT, "wrote %s and %s (%d thresholds%s)%n", out, AdviceFiles.propertiesBeside(out),
                total, classes.size() == 1 ? "" : " for " + classes.size() + " machine classes, "
                        + Advice.FLEET_SCHEMA);
        stdout.flush();
        return ExitCodes.OK;
    }

    private int writeJava(List<Advice> classes) {
        if (classes.size() != 1) {
            throw new UserError("--format java: the files hold " + classes.size() + " machines (expected one: a"
                    + " class of constants holds for one machine class)");
        }
        String source;
        try {
            source = AdviceJava.source(classes.get(0), className);
        } catch (IllegalArgumentException e) {
            throw new UserError("--class: " + e.getMessage());
        }
        try {
            Files.writeString(out, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("--out: cannot write " + out + " (" + e + ")");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "wrote %s (%d constants, class %s)%n", out, classes.get(0).thresholds().size(),
                className);
        stdout.flush();
        return ExitCodes.OK;
    }
}

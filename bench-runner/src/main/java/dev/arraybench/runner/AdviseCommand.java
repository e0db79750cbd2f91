package dev.arraybench.runner;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceFiles;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsMerge;
import dev.arraybench.core.result.RunResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench advise RESULTS.json [MORE.json ...] --out thresholds.json}: writes the size from which
 * each parallel variant pays off (the upper end of its break-even interval, so the margin is on the safe
 * side) with the machine it holds for, as JSON and as a {@code .properties} file beside it that
 * {@code dev.arraybench.thresholds.Thresholds} loads at run time.
 */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Write thresholds a library loads at run time: for every case and parallel variant, the "
            + "size to parallelise from (the upper end of the 95% break-even interval; null when it never pays), "
            + "the break-even and the bands where it is faster, slower or undecided.",
            "Writes FILE.json and FILE.properties beside it. Reads files as report does."})
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

    @Override
    public Integer call() {
        Map<Path, RunResults> read = new LinkedHashMap<>();
        for (Path file : files) {
            read.put(file, ResultsCodec.read(file));
        }
        Path source = files.size() == 1 ? files.getFirst()
                : Path.of(files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        RunResults results = dimensions.apply(source, ResultsMerge.merge(read));
        OutputFile.checkWritable(out);
        Advice advice = Advice.of(Analysis.of(results), EnvironmentFingerprint.of(results.environment()));
        try {
            AdviceFiles.write(advice, out);
        } catch (IOException e) {
            throw new UserError("--out: cannot write " + out + " (" + e + ")");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Threshold t : advice.thresholds()) {
            String variant = t.strategy() + (t.pool().isEmpty() ? "" : " " + t.pool()) + " (" + t.threads()
                    + (t.threads() == 1 ? " thread)" : " threads)");
            stdout.printf(Locale.ROOT, "%s %s: %s%n", String.join(" ", t.kase().values()), variant,
                    t.parallelFrom() == null ? "never (stay sequential)" : "parallel from " + t.parallelFrom()
                            + " elements");
        }
        stdout.printf(Locale.ROOT, "wrote %s and %s (%d thresholds)%n", out, AdviceFiles.propertiesBeside(out),
                advice.thresholds().size());
        stdout.flush();
        return ExitCodes.OK;
    }
}

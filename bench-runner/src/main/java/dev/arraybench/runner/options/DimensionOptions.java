package dev.arraybench.runner.options;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.Dimensions;
import dev.arraybench.core.result.DimensionsCheck;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.core.result.ResultsMerge;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.NeedsJdk25;
import dev.arraybench.runner.UserError;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.kernel.Ops;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * How {@code report} (and the commands that analyse files) read a results file's benchmarks: the options
 * {@code --size-param}, {@code --variant}, {@code --baseline-variant} and {@code --bytes-per-element}.
 * arraybench's own files carry their dimensions and need none of them; a plain JMH file of arraybench's
 * scenarios gets the scenarios' dimensions implied; any other JMH file names its own.
 */
public final class DimensionOptions {

    /** The package of the built-in benchmarks, named as a string: on JDK 17 their classes cannot be loaded. */
    private static final String SCENARIOS_PACKAGE = "dev.arraybench.scenarios.";

    @Option(names = "--size-param", paramLabel = "NAME",
            description = "The @Param that holds the number of elements (default: size).")
    private String sizeParam;

    @Option(names = "--variant", paramLabel = "method|param:NAME",
            description = "What tells the variants apart: the benchmark method's name, or a @Param.")
    private String variant;

    @Option(names = "--baseline-variant", paramLabel = "NAME",
            description = "The variant every other one is compared with, such as sequential or loop.")
    private String baseline;

    @Option(names = "--bytes-per-element", paramLabel = "N",
            description = "Bytes each benchmark moves per element, for effective bandwidth (files of arraybench "
                    + "record their own).")
    private Double bytesPerElement;

    /**
     * The results of {@code files} (results files, plain JMH files or fleet files), one per machine: a machine's
     * files merged (a benchmark measured twice: the later counts), each read by its dimensions.
     *
     * @throws ResultsFileException when a file cannot be read or read by its dimensions
     */
    public List<RunResults> machines(List<Path> files) {
        Map<Path, RunResults> read = new LinkedHashMap<>();
        for (Path file : files) {
            List<RunResults> machines = ResultsCodec.readMachines(file);
            for (int i = 0; i < machines.size(); i++) {
                read.put(machines.size() == 1 ? file : ResultsCodec.machine(file, i), machines.get(i));
            }
        }
        Path source = files.size() == 1 ? files.get(0)
                : Path.of(files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        return ResultsMerge.fleet(read, ResultsMerge.Duplicates.LAST).stream()
                .map(machine -> apply(source, machine)).toList();
    }

    /**
     * {@code results} with the dimensions they are read by.
     *
     * @param source the file or files they came from, for messages
     * @throws UserError when the options are malformed
     * @throws ResultsFileException when the file cannot be read by them (names what it holds)
     */
    public RunResults apply(Path source, RunResults results) {
        Dimensions dimensions = UserInput.parsed(() -> dimensions(source, results));
        RunResults read = results.withDimensions(dimensions);
        if (results.dimensions() == null && variant == null && ownScenarios(results)) {
            read = new RunResults(read.schema(), read.environment(), read.settings(), read.ceiling(), dimensions,
                    read.benchmarks().stream().map(DimensionOptions::withScenarioBytes).toList());
        }
        DimensionsCheck.check(source, read);
        return read;
    }

    private Dimensions dimensions(Path source, RunResults results) {
        if (results.dimensions() != null) {
            return results.dimensions().with(sizeParam, variant, baseline, bytesPerElement);
        }
        if (variant == null && baseline == null && ownScenarios(results)) {
            if (!NeedsJdk25.satisfied()) {
                throw new UserError(source + ": a plain JMH file of arraybench's scenarios is read by their "
                        + "dimensions, which needs JDK " + NeedsJdk25.FEATURE + " (or name --variant and "
                        + "--baseline-variant)");
            }
            return Scenarios.dimensions().with(sizeParam, null, null, bytesPerElement);
        }
        if (variant == null || baseline == null) {
            throw new ResultsFileException(source, "a JMH file that does not say how to read it: name "
                    + (variant == null ? "--variant method|param:NAME" : "")
                    + (variant == null && baseline == null ? " and " : "")
                    + (baseline == null ? "--baseline-variant NAME" : "") + " (its parameters: "
                    + names(results, false) + "; its methods: " + names(results, true) + ")");
        }
        return Dimensions.of(sizeParam == null ? DerivedFigures.SIZE : sizeParam, variant, baseline)
                .with(null, null, null, bytesPerElement);
    }

    private static boolean ownScenarios(RunResults results) {
        return !results.benchmarks().isEmpty() && results.benchmarks().stream()
                .allMatch(b -> b.benchmark().startsWith(SCENARIOS_PACKAGE));
    }

    private static BenchmarkResult withScenarioBytes(BenchmarkResult result) {
        Double bytes;
        try {
            bytes = Scenarios.bytesPerElement(Ops.onClassPath(), result.benchmark(), result.params());
        } catch (IllegalArgumentException unknownOpOrType) {
            bytes = null;
        }
        return bytes == null ? result : DerivedFigures.withBytesPerElement(result, Scenarios.SIZE, bytes);
    }

    private static String names(RunResults results, boolean methods) {
        Set<String> names = new LinkedHashSet<>();
        for (BenchmarkResult result : results.benchmarks()) {
            if (methods) {
                names.add(result.benchmark().substring(result.benchmark().lastIndexOf('.') + 1));
            } else {
                names.addAll(result.params().keySet());
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", List.copyOf(names));
    }
}

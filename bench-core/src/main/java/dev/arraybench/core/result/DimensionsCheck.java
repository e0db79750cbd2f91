package dev.arraybench.core.result;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a results file can be read by its {@link Dimensions} before anything is analysed, so a wrong
 * name or a file without a size dimension gets one line naming the parameter and what the file holds,
 * instead of an empty report.
 */
public final class DimensionsCheck {

    private DimensionsCheck() {
    }

    /**
     * Checks {@code results} against its dimensions.
     *
     * @param source the file (or files) the results came from, for the message
     * @throws ResultsFileException when the size parameter is missing from every benchmark or holds a value
     *     that is not a size, when the variant parameter is missing, or when no benchmark is the baseline
     */
    public static void check(Path source, RunResults results) {
        Dimensions dimensions = results.dimensions();
        Set<String> params = new LinkedHashSet<>();
        results.benchmarks().forEach(b -> params.addAll(b.params().keySet()));
        String size = dimensions.size();
        if (!params.contains(size)) {
            throw new ResultsFileException(source, "no size parameter '" + size + "' (its parameters: "
                    + listed(params) + "): name the one that holds the number of elements with --size-param");
        }
        for (BenchmarkResult benchmark : results.benchmarks()) {
            String value = benchmark.param(size);
            if (value != null && DerivedFigures.elements(value) < 0) {
                throw new ResultsFileException(source, "size parameter '" + size + "' of " + benchmark.benchmark()
                        + " is '" + value + "' (expected a whole number of elements, such as 1000 or 1K)");
            }
        }
        String variant = dimensions.variantParam();
        if (variant != null && !params.contains(variant)) {
            throw new ResultsFileException(source, "no variant parameter '" + variant + "' (its parameters: "
                    + listed(params) + "; --variant method uses the benchmark method's name)");
        }
        Set<String> variants = new LinkedHashSet<>();
        for (BenchmarkResult benchmark : results.benchmarks()) {
            if (benchmark.param(size) != null) {
                String name = variant == null ? simpleName(benchmark.benchmark()) : benchmark.param(variant);
                if (name != null) {
                    variants.add(name);
                }
            }
        }
        if (!variants.contains(dimensions.baseline())) {
            throw new ResultsFileException(source, "no baseline variant '" + dimensions.baseline()
                    + "' (variants in the file: " + listed(variants) + "): name one with --baseline-variant");
        }
    }

    private static String simpleName(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String listed(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", List.copyOf(names));
    }
}

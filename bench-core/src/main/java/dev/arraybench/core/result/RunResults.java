package dev.arraybench.core.result;

import java.util.ArrayList;
import java.util.List;

/**
 * One run's results file: schema version, environment, settings, the bandwidth ceiling when measured, and
 * every finished benchmark.
 *
 * @param schema always {@link #SCHEMA} for files this version writes
 * @param environment the machine and JVM
 * @param settings how it measured
 * @param ceiling the measured memory bandwidth, {@code null} when the ceiling scenario did not run
 * @param dimensions what the analysis needs to read the benchmarks (size, variant, baseline, order),
 *     {@code null} in a plain JMH file until the user names them
 * @param benchmarks every finished benchmark, in the order they finished
 */
public record RunResults(
        String schema,
        Environment environment,
        Settings settings,
        Ceiling ceiling,
        Dimensions dimensions,
        List<BenchmarkResult> benchmarks) {

    /** The schema this version reads and writes. */
    public static final String SCHEMA = "arraybench/1";

    /** Copies the list so a results object never changes under its reader. */
    public RunResults {
        benchmarks = List.copyOf(benchmarks);
    }

    /** Results without dimensions, as a plain JMH file is read. */
    public RunResults(String schema, Environment environment, Settings settings, Ceiling ceiling,
            List<BenchmarkResult> benchmarks) {
        this(schema, environment, settings, ceiling, null, benchmarks);
    }

    /** A copy with {@code result} appended. */
    public RunResults with(BenchmarkResult result) {
        List<BenchmarkResult> more = new ArrayList<>(benchmarks);
        more.add(result);
        return new RunResults(schema, environment, settings, ceiling, dimensions, more);
    }

    /** A copy with the ceiling set. */
    public RunResults withCeiling(Ceiling measured) {
        return new RunResults(schema, environment, settings, measured, dimensions, benchmarks);
    }

    /** A copy with the environment replaced. */
    public RunResults withEnvironment(Environment updated) {
        return new RunResults(schema, updated, settings, ceiling, dimensions, benchmarks);
    }

    /** A copy with the dimensions replaced. */
    public RunResults withDimensions(Dimensions given) {
        return new RunResults(schema, environment, settings, ceiling, given, benchmarks);
    }
}

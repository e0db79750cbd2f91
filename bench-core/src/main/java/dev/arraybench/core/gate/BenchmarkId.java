package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What makes two results the same benchmark: the JMH method, the mode, and every parameter with its
 * value. No parameter is ever left out; their order does not matter, since record equality compares the
 * maps with {@link Map#equals}.
 *
 * @param benchmark JMH's benchmark name, the fully qualified method
 * @param mode JMH's mode, such as {@code avgt}
 * @param params every parameter by name, in the file's order
 */
public record BenchmarkId(String benchmark, String mode, Map<String, String> params) {

    /** Keeps the parameters in the order given and unchangeable. */
    public BenchmarkId {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The identity of {@code result}. */
    public static BenchmarkId of(BenchmarkResult result) {
        return new BenchmarkId(result.benchmark(), result.mode(), result.params());
    }

    /** A parameter's value, or {@code null} when the benchmark has no such parameter. */
    public String param(String name) {
        return params.get(name);
    }

    /** The method without its package, such as {@code KernelBenchmark.run}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /** The parameters as {@code name=value} pairs separated by spaces, in the file's order. */
    public String paramText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /**
     * A stable text form, independent of parameter order: it derives a per-benchmark seed and keys the
     * benchmark in a history database.
     */
    public String canonical() {
        return benchmark + "|" + mode + "|" + params.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return shortName() + (params.isEmpty() ? "" : " " + paramText()) + " [" + mode + "]";
    }
}

package dev.arraybench.core.analysis;

import dev.arraybench.core.result.Dimensions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dimensions arraybench's own scenarios write into their results files, as data for core's tests. */
public final class TestDimensions {

    /** The phase scenario's class. */
    public static final String PHASES = "dev.arraybench.scenarios.CopyPhaseBenchmark";

    private TestDimensions() {
    }

    /** How arraybench's kernel scenario is read: size, strategy, pool lines, threads, sequential baseline. */
    public static Dimensions arraybench() {
        Map<String, List<String>> order = new LinkedHashMap<>();
        order.put("op", List.of("scale", "add", "clip", "poly", "sum", "mean", "min", "max", "var"));
        order.put("dtype", List.of("int32", "int64", "float32", "float64"));
        order.put("layout", List.of("native", "heap"));
        order.put("strategy", List.of("sequential", "copy-parallel", "zero-copy-parallel", "simd", "simd-parallel"));
        order.put("pool", List.of("forkjoin", "spin"));
        return new Dimensions("size", "param:strategy", "sequential", List.of("pool"), "threads",
                List.of("sequential", "simd"), order, PHASES, List.of("allocate", "copyOut", "process", "copyBack"),
                null);
    }

    /**
     * The parameters of a result of arraybench's kernel scenario, in its declaration order; {@code pool}
     * {@code null} for a result without one.
     */
    public static Map<String, String> kernelParams(String op, String dtype, String layout, String strategy,
            String pool, String threads, String size) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", op);
        params.put("dtype", dtype);
        params.put("layout", layout);
        params.put("strategy", strategy);
        if (pool != null) {
            params.put("pool", pool);
        }
        params.put("threads", threads);
        params.put("size", size);
        return params;
    }

    /** The traffic model's bytes per element of every op and dtype, as the runner records them. */
    public static Double bytes(String benchmark, Map<String, String> params) {
        Integer element = switch (String.valueOf(params.get("dtype"))) {
            case "int32", "float32" -> 4;
            case "int64", "float64" -> 8;
            default -> null;
        };
        String op = String.valueOf(params.get("op"));
        boolean writes = List.of("scale", "add", "clip", "poly").contains(op);
        boolean known = writes || List.of("sum", "mean", "min", "max", "var").contains(op);
        if (element == null || !known) {
            return null;
        }
        double reads = (op.equals("add") ? 2 : 1) * element;
        double written = writes ? element : 0;
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        return switch (method) {
            case "run", "process" -> reads + written;
            case "allocate" -> reads;
            case "copyOut" -> 2 * reads;
            case "copyBack" -> 2 * written;
            default -> null;
        };
    }
}

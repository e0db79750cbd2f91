package dev.arraybench.scenarios;

import dev.arraybench.core.result.Dimensions;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import dev.arraybench.scenarios.traffic.Traffic;
import dev.arraybench.scenarios.traffic.TrafficModel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that names arraybench's own scenarios and their {@code @Param}s, and that says how the
 * toolkit reads their results ({@link #dimensions()}) and how many bytes each moves per element
 * ({@link #bytesPerElement}). The runner builds its jobs from these names; the results file carries the
 * dimensions and the bytes as data, so the analysis needs none of these classes. A test ties the names to
 * the benchmark classes.
 */
public final class Scenarios {

    /** The kernel scenario's benchmark method. */
    public static final String KERNEL = KernelBenchmark.class.getName() + ".run";
    /** The class whose methods time copy-parallel's phases. */
    public static final String PHASES = CopyPhaseBenchmark.class.getName();
    /** The bandwidth ceiling's class. */
    public static final String CEILING = CeilingBenchmark.class.getName();
    /** The phase methods of {@link #PHASES}, in the order they run. */
    public static final List<String> PHASE_METHODS = List.of("allocate", "copyOut", "process", "copyBack");

    /** {@code @Param} names. */
    public static final String OP = "op";
    /** {@code @Param} name of the element type. */
    public static final String DTYPE = "dtype";
    /** {@code @Param} name of the memory layout. */
    public static final String LAYOUT = "layout";
    /** {@code @Param} name of the strategy: the variant. */
    public static final String STRATEGY = "strategy";
    /** {@code @Param} name of the worker pool: splits a parallel strategy into lines. */
    public static final String POOL = "pool";
    /** {@code @Param} name of the thread count. */
    public static final String THREADS = "threads";
    /** {@code @Param} name of the size in elements. */
    public static final String SIZE = "size";

    private Scenarios() {
    }

    /** How the toolkit reads these scenarios' results, with the ops on the class path. */
    public static Dimensions dimensions() {
        return dimensions(Ops.onClassPath());
    }

    /**
     * How the toolkit reads these scenarios' results, written into every results file the runner makes: the
     * ops in the order {@code ops} discovered them (built-in ones first), then every other dimension.
     */
    public static Dimensions dimensions(Ops ops) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        order.put(OP, ops.all().stream().map(Op::name).toList());
        order.put(DTYPE, Arrays.stream(DType.values()).map(DType::label).toList());
        order.put(LAYOUT, Arrays.stream(Layout.values()).map(Layout::label).toList());
        order.put(STRATEGY, Arrays.stream(Strategy.values()).map(Strategy::label).toList());
        order.put(POOL, Arrays.stream(Pool.values()).map(Pool::label).toList());
        List<String> serial = Arrays.stream(Strategy.values()).filter(s -> !s.parallel()).map(Strategy::label).toList();
        return new Dimensions(SIZE, Dimensions.PARAM + STRATEGY, Strategy.SEQUENTIAL.label(), List.of(POOL), THREADS,
                serial, order, PHASES, PHASE_METHODS, null);
    }

    /**
     * The bytes a benchmark of these scenarios moves per element, as the traffic model counts them: a kernel
     * its op's own reads and writes (what copy-parallel copies on top is not useful work), a phase that
     * phase's transfers; {@code null} for anything else (the ceiling, which records its own figures).
     *
     * @param ops the ops the benchmarks may name
     * @throws IllegalArgumentException when the params name an op or dtype that is not known
     */
    public static Double bytesPerElement(Ops ops, String benchmark, Map<String, String> params) {
        String op = params.get(OP);
        String dtype = params.get(DTYPE);
        if (op == null || dtype == null) {
            return null;
        }
        Op kernel = ops.byName(op);
        DType type = DType.parse(dtype);
        if (benchmark.equals(KERNEL)) {
            return TrafficModel.useful(kernel, type);
        }
        if (benchmark.startsWith(PHASES + ".")) {
            Traffic traffic = TrafficModel.of(kernel, type, Strategy.COPY_PARALLEL);
            return switch (benchmark.substring(PHASES.length() + 1)) {
                case "allocate" -> traffic.allocate();
                case "copyOut" -> traffic.copyOut();
                case "process" -> traffic.process();
                case "copyBack" -> traffic.copyBack();
                default -> null;
            };
        }
        return null;
    }
}

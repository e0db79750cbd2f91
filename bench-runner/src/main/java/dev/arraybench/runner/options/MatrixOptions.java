package dev.arraybench.runner.options;

import dev.arraybench.core.size.Sizes;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.runner.plan.KernelClassPath;
import dev.arraybench.runner.plan.Matrix;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import dev.arraybench.scenarios.strategy.Threads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The dimensions of a measurement matrix as options, shared by {@code run} and {@code breakeven}: op, dtype,
 * layout, strategy, pool and threads. Sizes are each command's own option (their defaults differ); {@link
 * #sizes} reads them the same way for both.
 */
public final class MatrixOptions {

    @Option(names = "--op", split = ",", paramLabel = "OP", defaultValue = "scale",
            description = "Ops to measure, comma separated (default: ${DEFAULT-VALUE}; see 'arraybench list').")
    private List<String> ops;

    @Mixin
    private KernelClassPath kernels;

    @Option(names = "--dtype", split = ",", paramLabel = "DTYPE", defaultValue = "int32",
            description = "Element types: int32, int64, float32, float64 (default: ${DEFAULT-VALUE}).")
    private List<String> dtypes;

    @Option(names = "--layout", split = ",", paramLabel = "LAYOUT", defaultValue = "native",
            description = "Layouts: heap, native (default: ${DEFAULT-VALUE}).")
    private List<String> layouts;

    @Option(names = "--strategy", split = ",", paramLabel = "STRATEGY",
            description = "Strategies (default: all; plain runs with the heap layout only).")
    private List<String> strategies;

    @Option(names = "--pool", split = ",", paramLabel = "POOL", defaultValue = "spin",
            description = {"Pools of the parallel strategies: forkjoin (a ForkJoinPool), spin (workers that spin"
                + " briefly, the caller takes a share) (default: ${DEFAULT-VALUE}).",
                "Sequential strategies use no pool; they run once and are recorded with forkjoin."})
    private List<String> pools;

    @Option(names = "--threads", split = ",", paramLabel = "N",
            description = "Thread counts of the parallel strategies (default: the available processors).")
    private List<String> threads;

    /** The benchmarks the options ask for at {@code sizes}, checked; {@code baseline} is added when missing. */
    public List<Combination> combinations(List<Long> sizes, Strategy baseline) {
        List<Strategy> chosen = new ArrayList<>(strategies());
        if (baseline != null && !chosen.contains(baseline)) {
            chosen.add(baseline);
        }
        List<Layout> layoutList = parse(layouts, Layout::parse);
        for (Strategy strategy : chosen) {
            if (strategies != null && strategy.heapOnly() && !layoutList.contains(Layout.HEAP)) {
                throw new UserError("strategy: " + strategy.label() + " (needs --layout heap: it loops over a Java array)");
            }
        }
        return Matrix.expand(parse(ops, kernels.ops()::byName), parse(dtypes, DType::parse), layoutList,
                chosen, parse(pools, Pool::parse), threadCounts(), sizes);
    }

    /** The user's kernel jars and the ops found on them and on the class path. */
    public KernelClassPath kernels() {
        return kernels;
    }

    private List<Strategy> strategies() {
        return strategies == null ? Arrays.asList(Strategy.values()) : parse(strategies, Strategy::parse);
    }

    private List<Integer> threadCounts() {
        if (threads == null) {
            return List.of(Threads.available());
        }
        return parse(threads, Threads::parse);
    }

    /** The distinct sizes of the {@code --size} texts, in the order given, checked. */
    public static List<Long> sizes(List<String> texts) {
        List<Long> all = new ArrayList<>();
        for (String text : texts) {
            for (long size : UserInput.parsed(() -> Sizes.parseList(text))) {
                if (size < 1) {
                    throw new UserError("size: '" + text + "' (expected at least 1 element)");
                }
                if (!all.contains(size)) {
                    all.add(size);
                }
            }
        }
        return all;
    }

    private static <T> List<T> parse(List<String> texts, Function<String, T> parser) {
        List<T> values = new ArrayList<>();
        for (String text : texts) {
            T value = UserInput.parsed(() -> parser.apply(text));
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }
}

package dev.arraybench.runner.plan;

import dev.arraybench.core.size.Sizes;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One point of the measurement matrix: what one JMH run of {@code KernelBenchmark} measures. Sequential
 * strategies always carry {@code threads = 1} and {@code pool = forkjoin}, since neither changes anything
 * for them (the benchmark checks both and ignores them); tables show them as blank.
 */
public record Combination(Op op, DType type, Layout layout, Strategy strategy, Pool pool, int threads, long size) {

    /** The JMH parameters, by name, in the scenario's declaration order (also the results file's order). */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", op.name());
        params.put("dtype", type.label());
        params.put("layout", layout.label());
        params.put("strategy", strategy.label());
        params.put("pool", pool.label());
        params.put("threads", Integer.toString(threads));
        params.put("size", Sizes.label(size));
        return params;
    }

    /** The JMH run that measures this combination, its forks sized for its data. */
    public Job job(JvmFlags flags) {
        return new Job(Scenarios.KERNEL, params(), flags.fork(sizing()), describe());
    }

    /** The flags of this combination's forks before the user's: memory sizes, and a user's op compiled apart. */
    List<String> sizing() {
        List<String> sizing = new ArrayList<>(ForkSizing.flags(this));
        sizing.addAll(JvmFlags.compiledApart(op));
        return List.copyOf(sizing);
    }

    /** The same benchmark at {@code elements}. */
    public Combination at(long elements) {
        return new Combination(op, type, layout, strategy, pool, threads, elements);
    }

    /** Bytes of one input array. */
    long arrayBytes() {
        return size * type.bytes();
    }

    /** A short description for progress lines. */
    String describe() {
        return String.format(Locale.ROOT, "%s %s %s %-18s %-8s %s %s", op.name(), type.label(), layout.label(), strategy.label(),
                strategy.parallel() ? pool.label() : "",
                strategy.parallel() ? threads + (threads == 1 ? " thread " : " threads") : "         ",
                Sizes.label(size));
    }
}

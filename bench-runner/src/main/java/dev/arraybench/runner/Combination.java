package dev.arraybench.runner;

import dev.arraybench.core.data.DType;
import dev.arraybench.core.data.Layout;
import dev.arraybench.core.data.Sizes;
import dev.arraybench.core.kernel.Op;
import dev.arraybench.core.strategy.Pool;
import dev.arraybench.core.strategy.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of the measurement matrix: what one JMH run of {@code KernelBenchmark} measures. Sequential
 * strategies always carry {@code threads = 1} and {@code pool = forkjoin}, since neither changes anything
 * for them (the benchmark checks both and ignores them); tables show them as blank.
 */
record Combination(Op op, DType type, Layout layout, Strategy strategy, Pool pool, int threads, long size) {

    /** The JMH parameters, by name, in the scenario's declaration order (also the results file's order). */
    Map<String, String> params() {
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

    /** The name of the kernel scenario's benchmark method. */
    static final String KERNEL_BENCHMARK = "dev.arraybench.scenarios.KernelBenchmark.run";

    /** The JMH run that measures this combination, its forks sized for its data. */
    Job job(JvmFlags flags) {
        return new Job(KERNEL_BENCHMARK, params(), flags.fork(ForkMemory.flags(this)), describe());
    }

    /** Bytes of one input array. */
    long arrayBytes() {
        return size * type.bytes();
    }

    /** A short description for progress lines. */
    String describe() {
        return String.format("%s %s %s %-18s %-8s %s %s", op.name(), type.label(), layout.label(), strategy.label(),
                strategy.parallel() ? pool.label() : "",
                strategy.parallel() ? threads + (threads == 1 ? " thread " : " threads") : "         ",
                Sizes.label(size));
    }
}

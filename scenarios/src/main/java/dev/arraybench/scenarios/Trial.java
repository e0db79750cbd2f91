package dev.arraybench.scenarios;

import dev.arraybench.core.size.Sizes;
import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import dev.arraybench.scenarios.strategy.Threads;

/**
 * The {@code @Param} values {@link KernelBenchmark} and {@link CopyPhaseBenchmark} share, parsed once in
 * set-up, and the seeded data both make from them.
 */
record Trial(Op op, DType type, Layout layout, Pool pool, int threads, long length) {

    /** Seed of {@code x}. */
    static final long X_SEED = 0x5EED_0001L;
    /** Seed of {@code y}. */
    static final long Y_SEED = 0x5EED_0002L;

    /**
     * Parses the benchmark parameters of the same names.
     *
     * @throws IllegalArgumentException naming a parameter that is wrong
     */
    static Trial parse(String op, String dtype, String layout, String pool, String threads, String size) {
        Op kernel = Ops.onClassPath().byName(op);
        DType type = DType.parse(dtype);
        Layout where = Layout.parse(layout);
        Pool workers = Pool.parse(pool);
        return new Trial(kernel, type, where, workers, Threads.parse(threads), Sizes.parse(size));
    }

    /** The forward and backward plans of {@code strategy} for this trial's op, type, pool and threads. */
    Steady plans(Strategy strategy) {
        return Steady.of(op, type, strategy, threads, pool);
    }

    /** A fresh {@code x} in this trial's layout, filled from {@link #X_SEED}. */
    ArrayData x() {
        return DataGenerator.random(type, layout, length, X_SEED);
    }

    /** A fresh {@code y} filled from {@link #Y_SEED} for a two-input op, else {@code null}. */
    ArrayData y() {
        return op.inputs() == 2 ? DataGenerator.random(type, layout, length, Y_SEED) : null;
    }
}

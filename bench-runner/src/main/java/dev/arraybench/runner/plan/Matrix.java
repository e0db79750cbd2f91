package dev.arraybench.runner.plan;

import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Expands the dimensions asked for into the benchmarks to run, in the order a reader wants them: per op,
 * dtype, layout and size, every strategy side by side (sequential first), each parallel one on every pool
 * at every thread count. Sequential strategies run once, whatever the pools and thread counts, carrying
 * {@link Pool#FORKJOIN} and one thread. A heap-only strategy ({@code plain}) is left out of native layouts.
 */
public final class Matrix {

    private Matrix() {
    }

    public static List<Combination> expand(List<Op> ops, List<DType> types, List<Layout> layouts,
            List<Strategy> strategies, List<Pool> pools, List<Integer> threads, List<Long> sizes) {
        List<Combination> combinations = new ArrayList<>();
        List<Strategy> ordered = new ArrayList<>(new LinkedHashSet<>(strategies));
        ordered.sort(null);
        for (Op op : ops) {
            for (DType type : types) {
                for (Layout layout : layouts) {
                    for (long size : sizes) {
                        for (Strategy strategy : ordered) {
                            if (strategy.heapOnly() && layout != Layout.HEAP) {
                                continue;
                            }
                            for (Pool pool : strategy.parallel() ? pools : List.of(Pool.FORKJOIN)) {
                                for (int count : strategy.parallel() ? threads : List.of(1)) {
                                    combinations.add(new Combination(op, type, layout, strategy, pool, count, size));
                                }
                            }
                        }
                    }
                }
            }
        }
        return combinations;
    }
}

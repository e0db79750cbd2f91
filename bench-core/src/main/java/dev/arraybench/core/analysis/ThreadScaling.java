package dev.arraybench.core.analysis;

import java.util.List;

/**
 * How one strategy's speedup grows with threads at one size, when it ran on several thread counts.
 *
 * @param kase the op, dtype and layout
 * @param strategy the strategy label with its pool, when it has one (a {@link Variant#line()})
 * @param size elements
 * @param speedups one speedup per thread count, fewest threads first
 */
public record ThreadScaling(Case kase, String strategy, long size, List<Speedup> speedups) {

    /** Keeps the list unchangeable. */
    public ThreadScaling {
        speedups = List.copyOf(speedups);
    }
}

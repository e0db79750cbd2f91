package dev.arraybench.core.analysis;

import dev.arraybench.core.strategy.Strategy;
import java.util.Comparator;

/**
 * One line on a chart: a strategy, on a worker pool for parallel strategies, on a number of threads. The
 * strategy is kept as the results file spells it; known strategies sort in declaration order, unknown ones
 * after them.
 *
 * @param strategy the {@code strategy} parameter, such as {@code zero-copy-parallel}
 * @param pool the {@code pool} parameter of a parallel strategy ({@code forkjoin}, {@code spin}); empty for
 *     sequential strategies and for results without one
 * @param threads the {@code threads} parameter
 */
public record Variant(String strategy, String pool, int threads) implements Comparable<Variant> {

    /** The label of the baseline strategy every variant is compared with. */
    public static final String SEQUENTIAL = Strategy.SEQUENTIAL.label();

    private static final Comparator<Variant> ORDER = Comparator
            .comparingInt((Variant v) -> strategyRank(v.strategy)).thenComparing(Variant::strategy)
            .thenComparing(Variant::pool).thenComparingInt(Variant::threads);

    /** A variant without a pool. */
    public Variant(String strategy, int threads) {
        this(strategy, "", threads);
    }

    /** The strategy and its pool, such as {@code zero-copy-parallel spin}: one line per chart. */
    public String line() {
        return pool.isEmpty() ? strategy : strategy + " " + pool;
    }

    /** The strategy of a {@link #line()}. */
    public static String strategyOf(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** Whether this is the sequential baseline. */
    public boolean sequential() {
        return strategy.equals(SEQUENTIAL);
    }

    /**
     * The line alone when it ran on one thread and is not parallel, else with its thread count:
     * {@code simd}, {@code zero-copy-parallel spin (2 threads)}.
     */
    public String label() {
        if (threads == 1 && !parallel(strategy)) {
            return line();
        }
        return line() + " (" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public int compareTo(Variant other) {
        return ORDER.compare(this, other);
    }

    /** Whether {@code strategy} names a known parallel strategy. */
    public static boolean parallel(String strategy) {
        for (Strategy known : Strategy.values()) {
            if (known.label().equals(strategy)) {
                return known.parallel();
            }
        }
        return false;
    }

    /** The rank of {@code strategy} in {@link Strategy}'s declaration order; unknown ones rank last. */
    public static int strategyRank(String strategy) {
        for (Strategy known : Strategy.values()) {
            if (known.label().equals(strategy)) {
                return known.ordinal();
            }
        }
        return Strategy.values().length;
    }
}

package dev.arraybench.core.analysis;

import java.util.Comparator;

/**
 * One line on a chart: a variant (for arraybench's own scenarios, a strategy), split further by the
 * file's line parameters (a worker pool), on a number of threads. Values are kept as the results file
 * spells them; variants sort by the file's display order, unknown ones after known ones.
 *
 * @param strategy the variant's name, such as {@code zero-copy-parallel} or a benchmark method's name
 * @param pool the line parameters' values joined (such as {@code spin}); empty for serial variants and
 *     files without line parameters
 * @param threads the thread count, 1 when the file has no thread parameter
 * @param rank the variant's rank in the file's display order
 * @param serial whether the variant runs on one thread with no pool, so threads and pool say nothing (every
 *     variant of a file without a thread parameter)
 * @param baseline whether this is the variant every other one is compared with
 */
public record Variant(String strategy, String pool, int threads, int rank, boolean serial, boolean baseline)
        implements Comparable<Variant> {

    private static final Comparator<Variant> ORDER = Comparator
            .comparing((Variant v) -> !v.baseline).thenComparingInt(Variant::rank).thenComparing(Variant::strategy)
            .thenComparing(Variant::pool).thenComparingInt(Variant::threads);

    /** The variant and its pool, such as {@code zero-copy-parallel spin}: one line per chart. */
    public String line() {
        return pool.isEmpty() ? strategy : strategy + " " + pool;
    }

    /** Whether this variant is parallel: it is not serial, so its thread count matters. */
    public boolean parallel() {
        return !serial;
    }

    /**
     * The line alone when it is serial, else with its thread count:
     * {@code simd}, {@code zero-copy-parallel spin (2 threads)}.
     */
    public String label() {
        if (serial) {
            return line();
        }
        return line() + " (" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public int compareTo(Variant other) {
        return ORDER.compare(this, other);
    }
}

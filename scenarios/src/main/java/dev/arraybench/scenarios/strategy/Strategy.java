package dev.arraybench.scenarios.strategy;

import dev.arraybench.scenarios.data.Labelled;

/**
 * How an op is run over an array: which range kernel (scalar or SIMD), on how many threads, and whether the
 * data is first copied out into a fresh array, as a library owning a foreign buffer often does.
 */
public enum Strategy implements Labelled {
    /** The scalar kernel over the whole array on the calling thread: the baseline. */
    SEQUENTIAL(false, false, false,
            "the scalar loop on the calling thread: the baseline"),
    /**
     * The op's idiomatic loop over the Java array ({@link dev.arraybench.scenarios.kernel.InPlaceOp#plain}),
     * on the calling thread: what a user writes without arraybench, the reference {@link #SEQUENTIAL} must
     * match. Heap layout only.
     */
    PLAIN(false, false, false,
            "the op's idiomatic loop over the Java array (heap layout only): what sequential must match"),
    /** Allocate a fresh heap array, copy the data out, run the scalar kernel in parallel, copy back. */
    COPY_PARALLEL(true, false, true,
            "allocate a fresh array, copy out, process in parallel, copy back (per call)"),
    /** The scalar kernel in parallel, threads working in place on disjoint ranges of the same memory. */
    ZERO_COPY_PARALLEL(true, false, false,
            "threads work in place on disjoint ranges of the same memory"),
    /** The Vector API kernel over the whole array on the calling thread. */
    SIMD(false, true, false,
            "the Vector API loop (preferred species, scalar tail) on the calling thread"),
    /** The Vector API kernel inside the zero-copy parallel schedule. */
    SIMD_PARALLEL(true, true, false,
            "the Vector API loop inside the zero-copy parallel schedule");

    private final boolean parallel;
    private final boolean simd;
    private final boolean copies;
    private final String description;

    Strategy(boolean parallel, boolean simd, boolean copies, String description) {
        this.parallel = parallel;
        this.simd = simd;
        this.copies = copies;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /** Whether work is spread over a pool of threads. */
    public boolean parallel() {
        return parallel;
    }

    /** Whether the Vector API kernel is used rather than the scalar one. */
    public boolean simd() {
        return simd;
    }

    /** Whether the strategy needs the heap layout: {@link #PLAIN} loops over the Java array itself. */
    public boolean heapOnly() {
        return this == PLAIN;
    }

    /** Whether the data is copied out into a fresh array (and written back after in-place ops). */
    public boolean copies() {
        return copies;
    }

    /**
     * Finds the strategy with the given label.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static Strategy parse(String label) {
        return Labelled.parse(Strategy.class, "strategy", label);
    }

    @Override
    public String toString() {
        return label();
    }
}

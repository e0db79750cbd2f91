package dev.arraybench.scenarios.strategy;

import dev.arraybench.scenarios.data.Labelled;

/**
 * How a parallel strategy hands its chunks to threads; the range kernels and the chunking are the same for
 * every pool, so the difference between pools is the cost of dispatch alone. Sequential strategies carry a
 * pool only because every plan does; they never use it.
 */
public enum Pool implements Labelled {
    /**
     * A dedicated {@link java.util.concurrent.ForkJoinPool} per thread count: the caller submits the batch
     * and blocks, {@code threads} pool workers run the chunks.
     */
    FORKJOIN("a dedicated ForkJoinPool per thread count: the caller submits and waits"),
    /**
     * {@link SpinWorkers}: {@code threads - 1} persistent workers that spin briefly on a job slot before
     * parking; the caller runs chunk 0 itself.
     */
    SPIN("persistent workers that spin ~50 us before parking; the caller runs its own share");

    private final String description;

    Pool(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The shared worker pool of this kind for {@code threads} threads, created on first use.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, }{@link Threads#max()}{@code ]}
     */
    public WorkerPool workers(int threads) {
        return switch (this) {
            case FORKJOIN -> ForkJoinWorkers.forThreads(threads);
            case SPIN -> SpinWorkers.forThreads(threads);
        };
    }

    /**
     * Finds the pool with the given label.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static Pool parse(String label) {
        return Labelled.parse(Pool.class, "pool", label);
    }

    @Override
    public String toString() {
        return label();
    }
}

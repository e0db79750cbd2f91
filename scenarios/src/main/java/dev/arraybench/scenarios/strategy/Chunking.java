package dev.arraybench.scenarios.strategy;

/**
 * How a parallel schedule splits {@code [0, n)}: at most one chunk per thread, never a chunk below
 * {@link #GRAIN} elements (so tiny arrays are not shredded), balanced to within {@link #ALIGNMENT} elements,
 * with inner boundaries on multiples of {@link #ALIGNMENT} elements so two threads never write to the same
 * cache line of a 64-byte-aligned buffer.
 */
public final class Chunking {

    /** The smallest chunk worth a thread: about a microsecond of memory-bound work. */
    public static final long GRAIN = 4096;
    /** Inner chunk boundaries are multiples of this many elements (256 bytes of int32). */
    public static final long ALIGNMENT = 64;

    private Chunking() {
    }

    /** How many chunks {@code n} elements split into on {@code threads} threads: 1 up to {@code threads}. */
    public static int chunks(long n, int threads) {
        return (int) Math.max(1, Math.min(threads, n / GRAIN));
    }

    /** The first element of chunk {@code index} of {@code chunks}; {@code start(chunks, chunks, n) == n}. */
    public static long start(int index, int chunks, long n) {
        if (index == 0) {
            return 0;
        }
        if (index == chunks) {
            return n;
        }
        return (n * index / chunks) & -ALIGNMENT;
    }
}

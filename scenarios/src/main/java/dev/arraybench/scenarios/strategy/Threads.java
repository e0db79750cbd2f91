package dev.arraybench.scenarios.strategy;

/** The accepted range of thread counts, checked once where a count enters the system. */
public final class Threads {

    /** More threads than this is a typo, not an experiment. */
    public static final int MAX = 1024;

    private Threads() {
    }

    /** The number of processors available to this JVM, the default thread count. */
    public static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Checks a thread count.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, MAX]}
     */
    public static int check(int threads) {
        if (threads < 1 || threads > MAX) {
            throw new IllegalArgumentException("threads: " + threads + " (expected 1.." + MAX + ")");
        }
        return threads;
    }
}

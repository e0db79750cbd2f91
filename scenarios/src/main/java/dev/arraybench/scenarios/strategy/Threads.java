package dev.arraybench.scenarios.strategy;

/**
 * Thread counts: the one parser and the one accepted range, checked where a count enters the system (the
 * command line, a benchmark's {@code @Param}, a pool's constructor).
 */
public final class Threads {

    /** More threads than this many per available processor is a typo rather than an experiment. */
    public static final int PER_PROCESSOR = 16;

    private Threads() {
    }

    /** The number of processors available to this JVM, the default thread count. */
    public static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The largest thread count accepted on this machine: {@link #PER_PROCESSOR} per available processor. */
    public static int max() {
        return PER_PROCESSOR * available();
    }

    /**
     * Reads a thread count typed by a user or given as a {@code @Param}.
     *
     * @throws IllegalArgumentException naming the text and the accepted range
     */
    public static int parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int threads;
        try {
            threads = Integer.parseInt(trimmed);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(
                    "threads: '" + text + "' (expected a whole number 1.." + max() + ")", notANumber);
        }
        return check(threads);
    }

    /**
     * Checks a thread count.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, max()]}
     */
    public static int check(int threads) {
        if (threads < 1 || threads > max()) {
            throw new IllegalArgumentException("threads: " + threads + " (expected 1.." + max() + " on this machine: "
                    + PER_PROCESSOR + " per available processor)");
        }
        return threads;
    }
}

package dev.arraybench.thresholds;

import java.util.Locale;

/**
 * What {@link Calibration} found for one kernel: from which size its parallel path beat its sequential path
 * on this machine, whether that answer held still long enough to trust, and what it cost to find.
 *
 * @param kernel the kernel's name
 * @param parallelFrom the estimated crossing in elements: the smallest size measured when parallel won at
 *     every size, {@link Long#MAX_VALUE} when it never won
 * @param stable whether the last rounds agreed; an unstable answer is never acted on
 * @param rounds interleaved rounds measured after warm-up and kept (not those dropped for the JIT)
 * @param elapsedNanos time spent, warm-up included
 * @param message one line saying what was found, or why it gave up
 */
public record Crossing(String kernel, long parallelFrom, boolean stable, int rounds, long elapsedNanos,
        String message) {

    /** Whether to take the parallel path for {@code n} elements: only on a stable answer, from its crossing. */
    public boolean shouldParallelize(long n) {
        return stable && n >= parallelFrom;
    }

    /** Whether parallel never won at the sizes measured. */
    public boolean neverPays() {
        return parallelFrom == Long.MAX_VALUE;
    }

    /** The crossing as a short phrase: {@code from 36,283 elements}, or {@code never}. */
    public String describe() {
        return neverPays() ? "never" : String.format(Locale.ROOT, "from %,d elements", parallelFrom);
    }
}

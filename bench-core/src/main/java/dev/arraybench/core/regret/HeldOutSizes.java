package dev.arraybench.core.regret;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sizes a later run measures to check thresholds at sizes the search never saw: log-spaced between two
 * sizes, every one off the sizes the search measured, rounded by turns to a short decimal number (such as
 * {@code 24000}) and to a short binary one (such as {@code 20Ki}), so that neither kind of size a library
 * meets is left out and none falls on a grid the search may have tuned itself to.
 */
public final class HeldOutSizes {

    private HeldOutSizes() {
    }

    /**
     * {@code count} sizes from {@code from} to {@code to} (both at least 1), none in {@code measured}.
     *
     * @throws IllegalArgumentException when {@code count} is below 1 or the range is empty
     */
    public static List<Long> between(long from, long to, int count, Set<Long> measured) {
        if (count < 1) {
            throw new IllegalArgumentException("held-out: " + count + " sizes (expected at least 1)");
        }
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("held-out: from " + from + " to " + to
                    + " (expected 1 <= from <= to)");
        }
        TreeSet<Long> chosen = new TreeSet<>();
        double logFrom = Math.log(from);
        double logTo = Math.log(to);
        for (int i = 0; i < count; i++) {
            double target = Math.exp(count == 1 ? (logFrom + logTo) / 2
                    : logFrom + i * (logTo - logFrom) / (count - 1));
            long size = offGrid(target, i % 2 == 1, measured, chosen);
            if (size > 0) {
                chosen.add(size);
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * The size nearest {@code target} in the chosen rounding that is in neither set, trying the neighbours
     * of the rounding step outwards; {@code 0} when there is none within a factor of 1.2.
     */
    static long offGrid(double target, boolean binary, Set<Long> measured, Set<Long> taken) {
        long step = binary ? binaryStep(target) : decimalStep(target);
        long rounded = Math.max(step, Math.round(target / step) * step);
        for (int away = 0; away < 8; away++) {
            for (long candidate : new long[] {rounded + away * step, rounded - away * step}) {
                boolean near = candidate > 0 && candidate <= target * 1.2 && candidate >= target / 1.2;
                if (near && !measured.contains(candidate) && !taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
        return 0;
    }

    /** A power of ten one or two digits below {@code value}: sizes of two significant digits. */
    static long decimalStep(double value) {
        long step = 1;
        while (step * 100 <= value) {
            step *= 10;
        }
        return step;
    }

    /** A power of two at most an eighth of {@code value}: sizes such as {@code 20Ki} or {@code 3Mi}. */
    static long binaryStep(double value) {
        return Math.max(1, Long.highestOneBit((long) (value / 8)));
    }
}

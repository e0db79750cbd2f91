package dev.arraybench.thresholds;

import java.util.List;

/**
 * The crossings of the odd and of the even rounds, with their speedup profiles, and whether they agree:
 * within {@link #AGREEMENT} of each other, or each costing at most {@link #AGREEMENT_REGRET} at every
 * size when judged on the other half's profile (near a flat crossing, far-apart answers cost little).
 */
record RoundHalves(long odd, long even, int[] sizes, double[] oddSpeedups, double[] evenSpeedups) {

    /** How far apart (as a factor) the halves' crossings may be and still count as agreeing. */
    static final double AGREEMENT = 1.5;

    /**
     * Or how much following one half's crossing may cost at any size, judged on the other half's profile,
     * for the halves to count as agreeing.
     */
    static final double AGREEMENT_REGRET = 0.10;

    /** The halves of {@code rounds} ({@code [path][size]} times per call): the even-numbered and the odd. */
    static RoundHalves of(int[] sizes, List<double[][]> rounds) {
        double[] odd = CrossingEstimate.speedups(rounds, 1, 2);
        double[] even = CrossingEstimate.speedups(rounds, 0, 2);
        return new RoundHalves(CrossingEstimate.of(sizes, odd), CrossingEstimate.of(sizes, even), sizes, odd, even);
    }

    /** Whether the halves' answers agree: {@linkplain #close() close}, or cheap on each other's times. */
    boolean agree() {
        return close() || crossRegret() <= AGREEMENT_REGRET;
    }

    /** The larger regret of following one half's crossing on the other half's profile. */
    double crossRegret() {
        return Math.max(CrossingEstimate.maxRegret(sizes, evenSpeedups, odd),
                CrossingEstimate.maxRegret(sizes, oddSpeedups, even));
    }

    /** Whether both halves say "never". */
    boolean bothNever() {
        return odd == Long.MAX_VALUE && even == Long.MAX_VALUE;
    }

    /**
     * Within {@link #AGREEMENT} of each other. Two "never"s are not close: they agree only when staying
     * sequential costs at most {@link #AGREEMENT_REGRET} on both halves' times (the test of {@link #agree}),
     * because code not yet compiled can make parallel lose at every size in both halves while one of them
     * saw it win far at some size, and a "never" is cached.
     */
    private boolean close() {
        if (odd == Long.MAX_VALUE || even == Long.MAX_VALUE) {
            return false;
        }
        return Math.max(odd, even) <= AGREEMENT * Math.min(odd, even);
    }
}

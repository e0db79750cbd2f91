package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.Interval;

/**
 * How much faster a variant is than the sequential loop at one size: the sequential mean time over the
 * variant's, with a bootstrap interval (see {@link dev.arraybench.core.stats.HierarchicalBootstrap}). Above 1 is faster.
 *
 * @param kase the op, dtype and layout
 * @param variant the variant compared
 * @param size elements
 * @param baseline the sequential run it is compared with
 * @param speedup the ratio with its interval
 */
public record Speedup(Case kase, Variant variant, long size, Variant baseline, Interval speedup) {

    /** Whether the whole interval lies above 1: faster beyond the noise. */
    public boolean reliablyFaster() {
        return speedup.above(1);
    }

    /** Whether the whole interval lies below 1: slower beyond the noise. */
    public boolean reliablySlower() {
        return speedup.below(1);
    }
}

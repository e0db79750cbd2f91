package dev.arraybench.core.regret;

import java.util.List;

/**
 * One policy's regret for one variant at every held-out size.
 *
 * @param policy the policy
 * @param parallelFrom from which size the policy runs the variant in parallel, {@code null} for never
 * @param points one per held-out size, by size
 */
public record PolicyRegret(Policy policy, Long parallelFrom, List<RegretPoint> points) {

    /** Keeps the list unchangeable. */
    public PolicyRegret {
        points = List.copyOf(points);
    }

    /** The largest regret estimate over the sizes, 0 for none. */
    public double max() {
        return points.stream().mapToDouble(p -> p.regret().estimate()).max().orElse(0);
    }

    /** The mean regret estimate over the sizes, 0 for none. */
    public double mean() {
        return points.stream().mapToDouble(p -> p.regret().estimate()).average().orElse(0);
    }
}

package dev.arraybench.core.regret;

import dev.arraybench.core.result.EnvironmentFingerprint;
import java.util.List;

/**
 * What {@code arraybench validate} found: the regret of following a thresholds file, and of the fixed
 * policies beside it, at sizes measured later and apart from the search.
 *
 * @param machine the machine the held-out sizes were measured on
 * @param thresholds the thresholds file as its path was given
 * @param sizes the held-out sizes, ascending
 * @param variants one per threshold with measurements at the held-out sizes
 */
public record RegretReport(EnvironmentFingerprint machine, String thresholds, List<Long> sizes,
        List<VariantRegret> variants) {

    /** The schema of a regret document. */
    public static final String SCHEMA = "arraybench-regret/1";

    /** Keeps the lists unchangeable. */
    public RegretReport {
        sizes = List.copyOf(sizes);
        variants = List.copyOf(variants);
    }

    /** The largest regret of {@code policy} over every variant and size, 0 for none. */
    public double max(Policy policy) {
        return variants.stream().mapToDouble(v -> v.of(policy).max()).max().orElse(0);
    }

    /** The mean regret of {@code policy} over every variant and size, 0 for none. */
    public double mean(Policy policy) {
        return variants.stream().flatMap(v -> v.of(policy).points().stream())
                .mapToDouble(p -> p.regret().estimate()).average().orElse(0);
    }
}

package dev.arraybench.core.regret;

import dev.arraybench.core.advice.Threshold;
import java.util.List;

/**
 * The regret of every policy for one threshold's variant, against the baseline of the same case.
 *
 * @param threshold the threshold as the file holds it
 * @param policies one per policy, in {@link Policy} order
 */
public record VariantRegret(Threshold threshold, List<PolicyRegret> policies) {

    /** Keeps the list unchangeable. */
    public VariantRegret {
        policies = List.copyOf(policies);
    }

    /** The case and variant in words, such as {@code scale int32 native zero-copy-parallel spin (2 threads)}. */
    public String label() {
        return String.join(" ", threshold.kase().values()) + " " + threshold.variantLabel();
    }

    /** The regret of {@code policy}. */
    public PolicyRegret of(Policy policy) {
        return policies.stream().filter(p -> p.policy() == policy).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("policy: " + policy.word() + " (not evaluated)"));
    }
}

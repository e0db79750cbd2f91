package dev.arraybench.core.advice;

import dev.arraybench.core.analysis.BreakEven;

/** How {@code advise} turns a break-even into the size to parallelise from. */
public enum AdvicePolicy {
    /**
     * The size of least expected regret over the bootstrap resamples of the speedup profile: both mistakes,
     * parallel where it is slower and sequential where parallel is faster, weighed by what they cost.
     */
    REGRET("regret"),
    /** The upper end of the break-even's 95% interval: for users who never want a parallel slowdown. */
    CONSERVATIVE("conservative");

    private final String word;

    AdvicePolicy(String word) {
        this.word = word;
    }

    /** The policy as files and the command line spell it. */
    public String word() {
        return word;
    }

    /**
     * The policy spelt {@code word}.
     *
     * @throws IllegalArgumentException naming the word and the policies there are
     */
    public static AdvicePolicy of(String word) {
        for (AdvicePolicy policy : values()) {
            if (policy.word.equals(word)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("policy: '" + word + "' (expected regret or conservative)");
    }

    /** The size to parallelise {@code breakEven}'s variant from, {@code -1} for never. */
    long parallelFrom(BreakEven breakEven) {
        return this == REGRET ? breakEven.regretParallelFrom() : breakEven.parallelFrom();
    }
}

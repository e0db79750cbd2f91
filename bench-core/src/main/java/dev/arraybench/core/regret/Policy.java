package dev.arraybench.core.regret;

import dev.arraybench.core.advice.Threshold;

/**
 * A rule that decides, per size, whether to run a parallel variant or stay sequential: the thresholds'
 * advice, the conservative rule (the upper end of the break-even interval), and the fixed rules a library
 * may otherwise use: never, always, and the cut-offs of well-known libraries.
 */
public enum Policy {
    /** The thresholds file's {@code parallelFrom}. */
    ADVISED("advised"),
    /** The upper end of the break-even interval: never a parallel slowdown the search could see. */
    CONSERVATIVE("conservative"),
    /** Always sequential. */
    NEVER("never"),
    /** Always parallel. */
    ALWAYS("always"),
    /** Parallel from 8,192 elements, the JDK's cut-off for {@code Arrays.parallelSort}. */
    FROM_8192("8192"),
    /** Parallel from 32,768 elements, PyTorch's grain size. */
    FROM_32768("32768");

    private final String word;

    Policy(String word) {
        this.word = word;
    }

    /** The policy's name in tables and files, such as {@code advised} or {@code 8192}. */
    public String word() {
        return word;
    }

    /** The policy named {@code word}, as {@link #word()} spells it. */
    public static Policy of(String word) {
        for (Policy policy : values()) {
            if (policy.word.equals(word)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("policy: '" + word + "' (expected one of advised, conservative, never,"
                + " always, 8192, 32768)");
    }

    /**
     * From which size this policy runs {@code threshold}'s variant in parallel; {@code null} when it never
     * does.
     */
    public Long parallelFrom(Threshold threshold) {
        switch (this) {
            case ADVISED:
                return threshold.parallelFrom();
            case CONSERVATIVE:
                return threshold.high() == null || threshold.estimate() == null ? null
                        : (long) Math.ceil(threshold.high());
            case NEVER:
                return null;
            case ALWAYS:
                return 0L;
            case FROM_8192:
                return 8192L;
            default:
                return 32768L;
        }
    }
}

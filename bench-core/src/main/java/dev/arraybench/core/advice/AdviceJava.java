package dev.arraybench.core.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The advice of one machine as a Java source of constants, one per case and variant, for a library that
 * prefers compiled-in numbers (as the JDK's {@code Arrays.MIN_ARRAY_SORT_GRAN}): each constant is the size to
 * parallelise from, {@link Long#MAX_VALUE} when the variant never paid, and its Javadoc names the machine
 * class and the break-even's 95% interval.
 */
public final class AdviceJava {

    private AdviceJava() {
    }

    /**
     * The source of class {@code name} (simple, or qualified with its package) holding {@code advice}.
     *
     * @throws IllegalArgumentException when {@code name} is not a Java class name
     */
    public static String source(Advice advice, String name) {
        if (!name.matches("([a-z_][a-z0-9_]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("class name: '" + name + "' (expected a Java class name such as"
                    + " com.example.ParallelThresholds)");
        }
        int dot = name.lastIndexOf('.');
        StringBuilder java = new StringBuilder();
        if (dot > 0) {
            java.append("package ").append(name, 0, dot).append(";\n\n");
        }
        java.append("/**\n * Sizes from which parallel variants paid off, written by {@code arraybench advise --format java}.\n")
                .append(" * Measured on ").append(advice.label()).append(";\n")
                .append(" * they hold for that machine class only.\n */\n")
                .append("public final class ").append(name.substring(dot + 1)).append(" {\n");
        Set<String> names = new LinkedHashSet<>();
        for (Threshold t : advice.thresholds()) {
            String constant = constant(t);
            if (!names.add(constant)) {
                throw new IllegalArgumentException("two thresholds would both be named " + constant);
            }
            java.append("\n    /**\n     * ").append(String.join(" ", t.kase().values())).append(' ')
                    .append(t.variantLabel()).append(": ").append(interval(t, advice.policy())).append(".\n     */\n")
                    .append("    public static final long ").append(constant).append(" = ")
                    .append(t.parallelFrom() == null ? "Long.MAX_VALUE" : t.parallelFrom() + "L").append(";\n");
        }
        java.append("\n    /** Constants only. */\n    private ").append(name.substring(dot + 1)).append("() {\n    }\n}\n");
        return java.toString();
    }

    private static String interval(Threshold t, AdvicePolicy policy) {
        if (t.estimate() == null) {
            return "never paid within the measured sizes, so never (Long.MAX_VALUE)";
        }
        return String.format(Locale.ROOT, "break-even about %d elements (95%%: %d to %s); parallel from %s",
                Math.round(t.estimate()), Math.round(t.low()),
                t.high() == null ? "beyond the measured sizes" : Long.toString(Math.round(t.high())),
                policy == AdvicePolicy.CONSERVATIVE ? "the upper end" : "the size of least expected regret");
    }

    /** {@code SUM_INT32_NATIVE_ZERO_COPY_PARALLEL_SPIN_2_THREADS}: the case and variant in upper snake case. */
    static String constant(Threshold t) {
        List<String> words = new ArrayList<>(t.kase().values());
        words.add(t.strategy());
        if (!t.pool().isEmpty()) {
            words.add(t.pool());
        }
        words.add(t.threads() + "_THREADS");
        String joined = String.join("_", words).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return Character.isDigit(joined.charAt(0)) ? "_" + joined : joined;
    }
}

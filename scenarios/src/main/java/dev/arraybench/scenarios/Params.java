package dev.arraybench.scenarios;

import dev.arraybench.core.strategy.Threads;
import java.util.Locale;

/**
 * Parses the {@code @Param} strings that bench-core has no parser for yet, once, in {@code @Setup}, with
 * messages in the project's "name: value (expected ...)" form. The other dimensions use bench-core's own
 * parsers ({@code DType.parse}, {@code Layout.parse}, {@code Strategy.parse}, {@code Ops.byName}).
 */
final class Params {

    private static final String SIZE_EXPECTED =
            "expected a whole number of elements >= 0, optionally with a suffix K, M, G (x1000) or Ki, Mi, Gi (x1024)";

    private Params() {
    }

    /**
     * A number of elements: {@code 4096}, {@code 1K} = 1,000, {@code 1M} = 1,000,000, {@code 1G} =
     * 10^9, {@code 1Ki} = 1,024, {@code 64Mi} = 64 x 2^20, {@code 1Gi} = 2^30; suffixes ignore case.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    static long size(String value) {
        String text = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        boolean binary = text.endsWith("I");
        String digits = binary ? text.substring(0, text.length() - 1) : text;
        if (!digits.isEmpty()) {
            long power = switch (digits.charAt(digits.length() - 1)) {
                case 'K' -> 1;
                case 'M' -> 2;
                case 'G' -> 3;
                default -> 0;
            };
            if (power > 0) {
                digits = digits.substring(0, digits.length() - 1);
                for (int i = 0; i < power; i++) {
                    unit *= binary ? 1024 : 1000;
                }
            } else if (binary) {
                digits = "";
            }
        }
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("size: '" + value + "' (" + SIZE_EXPECTED + ")");
        }
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (ArithmeticException | NumberFormatException tooLarge) {
            throw new IllegalArgumentException("size: '" + value + "' (expected at most " + Long.MAX_VALUE
                    + " elements)", tooLarge);
        }
    }

    /**
     * A thread count in {@code [1, }{@link Threads#MAX}{@code ]}.
     *
     * @throws IllegalArgumentException naming the value and the accepted range
     */
    static int threads(String value) {
        String text = value == null ? "" : value.trim();
        int threads;
        try {
            threads = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(
                    "threads: '" + value + "' (expected a whole number 1.." + Threads.MAX + ")", notANumber);
        }
        return Threads.check(threads);
    }
}

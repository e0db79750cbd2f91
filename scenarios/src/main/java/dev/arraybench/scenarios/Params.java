package dev.arraybench.scenarios;

import dev.arraybench.scenarios.strategy.Threads;

/**
 * Parses the thread-count {@code @Param}, once, in {@code @Setup}, with a message in the project's
 * "name: value (expected ...)" form. The other dimensions use bench-core's own parsers
 * ({@code DType.parse}, {@code Layout.parse}, {@code Strategy.parse}, {@code Ops.byName}, {@code Sizes.parse}).
 */
final class Params {

    private Params() {
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

package dev.arraybench.thresholds;

import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A library's own two paths for one operation, handed to {@link Calibration}: each runs the operation once
 * over the first {@code size} elements of data the library owns (allocated once, at the largest size it
 * asks for). The calibration times them against each other; it never looks at what they compute, so each
 * must do its real work (write its result somewhere the JIT cannot drop).
 *
 * @param name names the operation in the cache and in messages, such as {@code sum-int32}; letters, digits,
 *     {@code .}, {@code _} and {@code -}
 * @param sequential the sequential path over a size
 * @param parallel the parallel path over a size
 */
public record CalibrationKernel(String name, IntConsumer sequential, IntConsumer parallel) {

    /** Checks the name and that both paths are given. */
    public CalibrationKernel {
        Objects.requireNonNull(sequential, "sequential");
        Objects.requireNonNull(parallel, "parallel");
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("kernel name: '" + name + "' (expected letters, digits, '.', '_', '-')");
        }
    }
}

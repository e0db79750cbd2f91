package dev.arraybench.scenarios.check;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.strategy.Plan;
import java.lang.foreign.MemorySegment;

/**
 * Runs a plan once and compares what it did with the plain {@link Reference}: in-place results must match
 * to the last bit, integer reductions exactly, float sums and means to {@value #SUM_TOLERANCE} of the sum
 * of magnitudes (strategies add in another order), variances to {@value #VAR_TOLERANCE} of the variance.
 * Used by the contract test and by every benchmark before it is timed. Needs memory for one copy of
 * {@code x}.
 */
public final class KernelCheck {

    /** Relative tolerance of float sums and means, against the sum of magnitudes. */
    public static final double SUM_TOLERANCE = 1e-10;
    /** Relative tolerance of variances. */
    public static final double VAR_TOLERANCE = 1e-9;

    private KernelCheck() {
    }

    /**
     * Runs {@code plan} on {@code x} (and {@code y}), leaving in {@code x} what the op writes, and checks it.
     *
     * @return the plan's result (a reduction's value, or {@code null} after an in-place op)
     * @throws KernelMismatchException naming the plan, the data and the first difference
     */
    public static Number verify(Plan plan, ArrayData x, ArrayData y) {
        try (ArrayData before = ArrayData.allocate(x.type(), x.layout(), x.length())) {
            before.copyFrom(x);
            Number result = plan.run(x, y);
            String what = plan + " on " + x;
            if (plan.op().writes()) {
                checkInPlace(what, plan.op(), before, y, x);
            } else {
                checkUnchanged(what, before, x);
                checkReduction(what, plan.op(), before, result);
            }
            return result;
        }
    }

    private static void checkInPlace(String what, Op op, ArrayData before, ArrayData y, ArrayData after) {
        DType type = before.type();
        MemorySegment old = before.segment();
        MemorySegment second = y == null ? null : y.segment();
        MemorySegment now = after.segment();
        for (long i = 0; i < before.length(); i++) {
            if (type.integral()) {
                long expected = Reference.element(op, type, type.getAsLong(old, i),
                        second == null ? 0 : type.getAsLong(second, i));
                long actual = type.getAsLong(now, i);
                if (actual != expected) {
                    throw mismatch(what, "element " + i + " is " + actual + " (expected " + expected + ")");
                }
            } else {
                double expected = Reference.element(op, type, type.getAsDouble(old, i),
                        second == null ? 0 : type.getAsDouble(second, i));
                double actual = type.getAsDouble(now, i);
                if (Double.compare(actual, expected) != 0) {
                    throw mismatch(what, "element " + i + " is " + actual + " (expected " + expected + ")");
                }
            }
        }
    }

    private static void checkUnchanged(String what, ArrayData before, ArrayData after) {
        long at = before.segment().mismatch(after.segment());
        if (at >= 0) {
            throw mismatch(what, "a read-only op changed byte " + at + " of its input");
        }
    }

    private static void checkReduction(String what, Op op, ArrayData data, Number actual) {
        Number expected = data.type().integral() ? Reference.reduceIntegers(op, data) : Reference.reduceReals(op, data);
        if (actual == null || actual.getClass() != expected.getClass()) {
            throw mismatch(what, "result " + actual + " (expected a " + expected.getClass().getSimpleName() + ")");
        }
        double tolerance = switch (op.name()) {
            case "sum" -> data.type().integral() ? 0 : SUM_TOLERANCE * Reference.magnitude(data);
            case "mean" -> data.type().integral() ? 0
                    : SUM_TOLERANCE * Reference.magnitude(data) / Math.max(1, data.length());
            case "var" -> VAR_TOLERANCE * Math.abs(expected.doubleValue());
            default -> 0;
        };
        boolean same = actual.equals(expected) || expected instanceof Double
                && Math.abs(actual.doubleValue() - expected.doubleValue()) <= tolerance;
        if (!same) {
            throw mismatch(what, "result " + actual + " (expected " + expected + " within " + tolerance + ")");
        }
    }

    private static KernelMismatchException mismatch(String what, String detail) {
        return new KernelMismatchException(what + ": " + detail);
    }
}

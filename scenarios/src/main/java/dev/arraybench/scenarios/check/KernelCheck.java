package dev.arraybench.scenarios.check;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.ReductionOp;
import dev.arraybench.scenarios.strategy.Plan;
import java.lang.foreign.MemorySegment;

/**
 * Runs a plan once and compares what it did with the op's own plain reference: an in-place op must leave
 * in every element what {@link InPlaceOp#reference} gives for it (integers exactly, floats to the last bit
 * or within the op's {@linkplain InPlaceOp#tolerance tolerance}); a reduction must leave its input
 * unchanged and give what {@link ReductionOp#reference} gives, of the same class, exactly or within its
 * {@linkplain ReductionOp#tolerance tolerance}. Used by the contract test and by every benchmark before it
 * is timed, for built-in and user ops alike. Needs memory for one copy of {@code x}.
 */
public final class KernelCheck {

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
            switch (plan.op()) {
                case InPlaceOp writing -> checkInPlace(what, writing, before, y, x);
                case ReductionOp<?> reduction -> {
                    checkUnchanged(what, before, x);
                    checkReduction(what, reduction, before, y, result);
                }
            }
            return result;
        }
    }

    private static void checkInPlace(String what, InPlaceOp op, ArrayData before, ArrayData y, ArrayData after) {
        DType type = before.type();
        MemorySegment old = before.segment();
        MemorySegment second = y == null ? null : y.segment();
        MemorySegment now = after.segment();
        for (long i = 0; i < before.length(); i++) {
            if (type.integral()) {
                long expected = op.reference(type, type.getAsLong(old, i), second == null ? 0 : type.getAsLong(second, i));
                long actual = type.getAsLong(now, i);
                if (actual != expected) {
                    throw mismatch(what, "element " + i + " is " + actual + " (expected " + expected + ")");
                }
            } else {
                double expected = op.reference(type, type.getAsDouble(old, i),
                        second == null ? 0 : type.getAsDouble(second, i));
                double actual = type.getAsDouble(now, i);
                double tolerance = op.tolerance(type, expected);
                if (Double.compare(actual, expected) != 0 && !(Math.abs(actual - expected) <= tolerance)) {
                    throw mismatch(what, "element " + i + " is " + actual + " (expected " + expected
                            + (tolerance > 0 ? " within " + tolerance : "") + ")");
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

    private static void checkReduction(String what, ReductionOp<?> op, ArrayData data, ArrayData y, Number actual) {
        Operands in = new Operands(data.type(), data.segment(), y == null ? null : y.segment(), data.length());
        Number expected = op.reference(in);
        if (actual == null || expected == null || actual.getClass() != expected.getClass()) {
            throw mismatch(what, "result " + actual + " (expected " + expected + ", a "
                    + (expected == null ? "reference that is not null" : expected.getClass().getSimpleName()) + ")");
        }
        double tolerance = op.tolerance(in, expected);
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

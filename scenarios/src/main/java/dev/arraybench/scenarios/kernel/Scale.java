package dev.arraybench.scenarios.kernel;

import static dev.arraybench.scenarios.kernel.Lanes.ORDER;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.arraybench.scenarios.data.DType;
import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;

/**
 * {@code x[i] *= k}: the memory-bound op of the original observation. Integer types multiply by
 * {@code k} truncated to a whole number, with Java's wrap-around.
 */
public final class Scale implements InPlaceOp {

    /** The standard factor, as in the original observation ({@code x *= 3}). */
    public static final double FACTOR = 3;

    private final double factor;

    /** The standard scale, by {@link #FACTOR}: the one registered as {@code scale}. */
    public Scale() {
        this(FACTOR);
    }

    /** A scale by {@code factor}. */
    public Scale(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor: " + factor + " (expected a finite number)");
        }
        this.factor = factor;
    }

    /** The factor every element is multiplied by. */
    public double factor() {
        return factor;
    }

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String description() {
        return "x[i] *= k in place (memory-bound, one read and one write per element)";
    }

    /** Floats alternate with the reciprocal scale; integers wrap around and repeat the same scale. */
    @Override
    public Op backward(DType type) {
        return type.integral() ? this : new Scale(1 / factor);
    }

    @Override
    public long reference(DType type, long v, long w) {
        return type.narrow(v * (long) factor);
    }

    @Override
    public double reference(DType type, double v, double w) {
        return type.round(v * type.round(factor));
    }

    @Override
    public void scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        switch (in.type()) {
            case INT32 -> {
                int k = (int) factor;
                if (x.heapBase().orElse(null) instanceof int[] a) {
                    for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        a[i] = a[i] * k;
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_INT_UNALIGNED, at, x.getAtIndex(JAVA_INT_UNALIGNED, at) * k);
                    }
                }
            }
            case INT64 -> {
                long k = (long) factor;
                if (x.heapBase().orElse(null) instanceof long[] a) {
                    for (int i = JavaArrays.index(x, Long.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        a[i] = a[i] * k;
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_LONG_UNALIGNED, at, x.getAtIndex(JAVA_LONG_UNALIGNED, at) * k);
                    }
                }
            }
            case FLOAT32 -> {
                float k = (float) factor;
                if (x.heapBase().orElse(null) instanceof float[] a) {
                    for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        a[i] = a[i] * k;
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_FLOAT_UNALIGNED, at, x.getAtIndex(JAVA_FLOAT_UNALIGNED, at) * k);
                    }
                }
            }
            case FLOAT64 -> {
                if (x.heapBase().orElse(null) instanceof double[] a) {
                    for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        a[i] = a[i] * factor;
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_DOUBLE_UNALIGNED, at, x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at) * factor);
                    }
                }
            }
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        long i = from;
        switch (in.type()) {
            case INT32 -> {
                int k = (int) factor;
                for (long bound = from + Lanes.INT.loopBound(to - from); i < bound; i += Lanes.INT.length()) {
                    long at = i * Integer.BYTES;
                    IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER).mul(k).intoMemorySegment(x, at, ORDER);
                }
            }
            case INT64 -> {
                long k = (long) factor;
                for (long bound = from + Lanes.LONG.loopBound(to - from); i < bound; i += Lanes.LONG.length()) {
                    long at = i * Long.BYTES;
                    LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER).mul(k).intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT32 -> {
                float k = (float) factor;
                for (long bound = from + Lanes.FLOAT.loopBound(to - from); i < bound; i += Lanes.FLOAT.length()) {
                    long at = i * Float.BYTES;
                    FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER).mul(k)
                            .intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT64 -> {
                for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound;
                        i += Lanes.DOUBLE.length()) {
                    long at = i * Double.BYTES;
                    DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER).mul(factor)
                            .intoMemorySegment(x, at, ORDER);
                }
            }
        }
        scalar(in, i, to);
    }

    @Override
    public void plain(Operands in) {
        switch (in.type()) {
            case INT32 -> {
                int k = (int) factor;
                int[] a = JavaArrays.ints(in.x());
                for (int i = 0; i < a.length; i++) {
                    a[i] *= k;
                }
            }
            case INT64 -> {
                long k = (long) factor;
                long[] a = JavaArrays.longs(in.x());
                for (int i = 0; i < a.length; i++) {
                    a[i] *= k;
                }
            }
            case FLOAT32 -> {
                float k = (float) factor;
                float[] a = JavaArrays.floats(in.x());
                for (int i = 0; i < a.length; i++) {
                    a[i] *= k;
                }
            }
            case FLOAT64 -> {
                double[] a = JavaArrays.doubles(in.x());
                for (int i = 0; i < a.length; i++) {
                    a[i] *= factor;
                }
            }
        }
    }
}

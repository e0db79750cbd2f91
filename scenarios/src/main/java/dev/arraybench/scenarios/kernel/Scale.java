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
        int count = Ranges.count(from, to);
        switch (in.type()) {
            case INT32 -> scalarInt32(x, (int) factor, from, count);
            case INT64 -> scalarInt64(x, (long) factor, from, count);
            case FLOAT32 -> scalarFloat32(x, (float) factor, from, count);
            case FLOAT64 -> scalarFloat64(x, factor, from, count);
            case null -> throw new NullPointerException("type");
        }
    }

    private static void scalarInt32(MemorySegment x, int k, long from, int count) {
        if (x.heapBase().orElse(null) instanceof int[] a) {
            for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + count; i < end; i++) {
                a[i] = a[i] * k;
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_INT_UNALIGNED, at, x.getAtIndex(JAVA_INT_UNALIGNED, at) * k);
            }
        }
    }

    private static void scalarInt64(MemorySegment x, long k, long from, int count) {
        if (x.heapBase().orElse(null) instanceof long[] a) {
            for (int i = JavaArrays.index(x, Long.BYTES, from), end = i + count; i < end; i++) {
                a[i] = a[i] * k;
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_LONG_UNALIGNED, at, x.getAtIndex(JAVA_LONG_UNALIGNED, at) * k);
            }
        }
    }

    private static void scalarFloat32(MemorySegment x, float k, long from, int count) {
        if (x.heapBase().orElse(null) instanceof float[] a) {
            for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + count; i < end; i++) {
                a[i] = a[i] * k;
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_FLOAT_UNALIGNED, at, x.getAtIndex(JAVA_FLOAT_UNALIGNED, at) * k);
            }
        }
    }

    private static void scalarFloat64(MemorySegment x, double k, long from, int count) {
        if (x.heapBase().orElse(null) instanceof double[] a) {
            for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + count; i < end; i++) {
                a[i] = a[i] * k;
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_DOUBLE_UNALIGNED, at, x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at) * k);
            }
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        long end = Lanes.end(in.type(), from, to);
        switch (in.type()) {
            case INT32 -> simdInt32(x, (int) factor, from, end);
            case INT64 -> simdInt64(x, (long) factor, from, end);
            case FLOAT32 -> simdFloat32(x, (float) factor, from, end);
            case FLOAT64 -> simdFloat64(x, factor, from, end);
            case null -> throw new NullPointerException("type");
        }
        scalar(in, end, to);
    }

    private static void simdInt32(MemorySegment x, int k, long from, long end) {
        for (long i = from; i < end; i += Lanes.INT.length()) {
            long at = i * Integer.BYTES;
            IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER).mul(k).intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdInt64(MemorySegment x, long k, long from, long end) {
        for (long i = from; i < end; i += Lanes.LONG.length()) {
            long at = i * Long.BYTES;
            LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER).mul(k).intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat32(MemorySegment x, float k, long from, long end) {
        for (long i = from; i < end; i += Lanes.FLOAT.length()) {
            long at = i * Float.BYTES;
            FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER).mul(k).intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat64(MemorySegment x, double k, long from, long end) {
        for (long i = from; i < end; i += Lanes.DOUBLE.length()) {
            long at = i * Double.BYTES;
            DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER).mul(k).intoMemorySegment(x, at, ORDER);
        }
    }

    @Override
    public void plain(Operands in) {
        MemorySegment x = in.x();
        switch (in.type()) {
            case INT32 -> plain(JavaArrays.ints(x), (int) factor);
            case INT64 -> plain(JavaArrays.longs(x), (long) factor);
            case FLOAT32 -> plain(JavaArrays.floats(x), (float) factor);
            case FLOAT64 -> plain(JavaArrays.doubles(x), factor);
            case null -> throw new NullPointerException("type");
        }
    }

    private static void plain(int[] a, int k) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= k;
        }
    }

    private static void plain(long[] a, long k) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= k;
        }
    }

    private static void plain(float[] a, float k) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= k;
        }
    }

    private static void plain(double[] a, double k) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= k;
        }
    }
}

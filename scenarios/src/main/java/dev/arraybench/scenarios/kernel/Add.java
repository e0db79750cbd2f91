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
 * {@code x[i] += y[i]}: memory-bound with two input streams; integers wrap around. Float data is kept
 * steady by alternating with {@code x[i] -= y[i]}, the same work, which IEEE 754 defines as
 * {@code x[i] + (-y[i])}. The direction is a loop-invariant test that the JIT hoists out of the loops.
 * Only floats subtract (the backward op of an integer add is the add itself), so the integer loops only add.
 */
public final class Add implements InPlaceOp {

    private final boolean subtract;

    /** The {@code add} op. */
    public Add() {
        this(false);
    }

    private Add(boolean subtract) {
        this.subtract = subtract;
    }

    @Override
    public String name() {
        return "add";
    }

    @Override
    public String description() {
        return "x[i] += y[i] in place (memory-bound, two reads and one write per element)";
    }

    @Override
    public int inputs() {
        return 2;
    }

    /** Floats alternate {@code x += y} with {@code x -= y}; integers wrap around and repeat the same add. */
    @Override
    public Op backward(DType type) {
        return type.integral() ? this : new Add(!subtract);
    }

    @Override
    public long reference(DType type, long v, long w) {
        return type.narrow(subtract ? v - w : v + w);
    }

    @Override
    public double reference(DType type, double v, double w) {
        return type.round(subtract ? v - w : v + w);
    }

    @Override
    public void scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        int count = Ranges.count(from, to);
        switch (in.type()) {
            case INT32 -> scalarInt32(x, y, from, count);
            case INT64 -> scalarInt64(x, y, from, count);
            case FLOAT32 -> scalarFloat32(subtract, x, y, from, count);
            case FLOAT64 -> scalarFloat64(subtract, x, y, from, count);
            case null -> throw new NullPointerException("type");
        }
    }

    private static void scalarInt32(MemorySegment x, MemorySegment y, long from, int count) {
        if (sameOffsetOnHeap(x, y) && x.heapBase().orElse(null) instanceof int[] a
                && y.heapBase().orElse(null) instanceof int[] b) {
            for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + count; i < end; i++) {
                a[i] += b[i];
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_INT_UNALIGNED, at,
                        x.getAtIndex(JAVA_INT_UNALIGNED, at) + y.getAtIndex(JAVA_INT_UNALIGNED, at));
            }
        }
    }

    private static void scalarInt64(MemorySegment x, MemorySegment y, long from, int count) {
        if (sameOffsetOnHeap(x, y) && x.heapBase().orElse(null) instanceof long[] a
                && y.heapBase().orElse(null) instanceof long[] b) {
            for (int i = JavaArrays.index(x, Long.BYTES, from), end = i + count; i < end; i++) {
                a[i] += b[i];
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_LONG_UNALIGNED, at,
                        x.getAtIndex(JAVA_LONG_UNALIGNED, at) + y.getAtIndex(JAVA_LONG_UNALIGNED, at));
            }
        }
    }

    private static void scalarFloat32(boolean minus, MemorySegment x, MemorySegment y, long from, int count) {
        if (sameOffsetOnHeap(x, y) && x.heapBase().orElse(null) instanceof float[] a
                && y.heapBase().orElse(null) instanceof float[] b) {
            int start = JavaArrays.index(x, Float.BYTES, from);
            if (minus) {
                for (int i = start, end = start + count; i < end; i++) {
                    a[i] -= b[i];
                }
            } else {
                for (int i = start, end = start + count; i < end; i++) {
                    a[i] += b[i];
                }
            }
        } else if (minus) {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_FLOAT_UNALIGNED, at,
                        x.getAtIndex(JAVA_FLOAT_UNALIGNED, at) - y.getAtIndex(JAVA_FLOAT_UNALIGNED, at));
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_FLOAT_UNALIGNED, at,
                        x.getAtIndex(JAVA_FLOAT_UNALIGNED, at) + y.getAtIndex(JAVA_FLOAT_UNALIGNED, at));
            }
        }
    }

    private static void scalarFloat64(boolean minus, MemorySegment x, MemorySegment y, long from, int count) {
        if (sameOffsetOnHeap(x, y) && x.heapBase().orElse(null) instanceof double[] a
                && y.heapBase().orElse(null) instanceof double[] b) {
            int start = JavaArrays.index(x, Double.BYTES, from);
            if (minus) {
                for (int i = start, end = start + count; i < end; i++) {
                    a[i] -= b[i];
                }
            } else {
                for (int i = start, end = start + count; i < end; i++) {
                    a[i] += b[i];
                }
            }
        } else if (minus) {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_DOUBLE_UNALIGNED, at,
                        x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at) - y.getAtIndex(JAVA_DOUBLE_UNALIGNED, at));
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_DOUBLE_UNALIGNED, at,
                        x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at) + y.getAtIndex(JAVA_DOUBLE_UNALIGNED, at));
            }
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        long end = Lanes.end(in.type(), from, to);
        switch (in.type()) {
            case INT32 -> simdInt32(x, y, from, end);
            case INT64 -> simdInt64(x, y, from, end);
            case FLOAT32 -> simdFloat32(subtract, x, y, from, end);
            case FLOAT64 -> simdFloat64(subtract, x, y, from, end);
            case null -> throw new NullPointerException("type");
        }
        scalar(in, end, to);
    }

    private static void simdInt32(MemorySegment x, MemorySegment y, long from, long end) {
        for (long i = from; i < end; i += Lanes.INT.length()) {
            long at = i * Integer.BYTES;
            IntVector v = IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER);
            IntVector w = IntVector.fromMemorySegment(Lanes.INT, y, at, ORDER);
            v.add(w).intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdInt64(MemorySegment x, MemorySegment y, long from, long end) {
        for (long i = from; i < end; i += Lanes.LONG.length()) {
            long at = i * Long.BYTES;
            LongVector v = LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER);
            LongVector w = LongVector.fromMemorySegment(Lanes.LONG, y, at, ORDER);
            v.add(w).intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat32(boolean minus, MemorySegment x, MemorySegment y, long from, long end) {
        for (long i = from; i < end; i += Lanes.FLOAT.length()) {
            long at = i * Float.BYTES;
            FloatVector v = FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER);
            FloatVector w = FloatVector.fromMemorySegment(Lanes.FLOAT, y, at, ORDER);
            (minus ? v.sub(w) : v.add(w)).intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat64(boolean minus, MemorySegment x, MemorySegment y, long from, long end) {
        for (long i = from; i < end; i += Lanes.DOUBLE.length()) {
            long at = i * Double.BYTES;
            DoubleVector v = DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER);
            DoubleVector w = DoubleVector.fromMemorySegment(Lanes.DOUBLE, y, at, ORDER);
            (minus ? v.sub(w) : v.add(w)).intoMemorySegment(x, at, ORDER);
        }
    }

    @Override
    public void plain(Operands in) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        switch (in.type()) {
            case INT32 -> plain(JavaArrays.ints(x), JavaArrays.ints(y));
            case INT64 -> plain(JavaArrays.longs(x), JavaArrays.longs(y));
            case FLOAT32 -> plain(subtract, JavaArrays.floats(x), JavaArrays.floats(y));
            case FLOAT64 -> plain(subtract, JavaArrays.doubles(x), JavaArrays.doubles(y));
            case null -> throw new NullPointerException("type");
        }
    }

    private static void plain(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    private static void plain(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    private static void plain(boolean minus, float[] a, float[] b) {
        if (minus) {
            for (int i = 0; i < a.length; i++) {
                a[i] -= b[i];
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
        }
    }

    private static void plain(boolean minus, double[] a, double[] b) {
        if (minus) {
            for (int i = 0; i < a.length; i++) {
                a[i] -= b[i];
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
        }
    }

    /**
     * Whether {@code x} and {@code y} are heap segments at the same offset of their arrays, so one index
     * serves both: C2 vectorises {@code a[i] += b[i]} but not two different offsets, nor two segments
     * (JDK-8324751, an aliasing check not in JDK 25).
     */
    private static boolean sameOffsetOnHeap(MemorySegment x, MemorySegment y) {
        return !x.isNative() && !y.isNative() && x.address() == y.address();
    }
}

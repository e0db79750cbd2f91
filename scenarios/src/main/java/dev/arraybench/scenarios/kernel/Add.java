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
        boolean minus = subtract;
        int count = Ranges.count(from, to);
        boolean shared = sameOffsetOnHeap(x, y);
        switch (in.type()) {
            case INT32 -> {
                if (shared && x.heapBase().orElse(null) instanceof int[] a && y.heapBase().orElse(null) instanceof int[] b) {
                    int start = JavaArrays.index(x, Integer.BYTES, from);
                    int end = start + count;
                    if (minus) {
                        for (int i = start; i < end; i++) {
                            a[i] -= b[i];
                        }
                    } else {
                        for (int i = start; i < end; i++) {
                            a[i] += b[i];
                        }
                    }
                } else if (minus) {
                    for (int i = 0; i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_INT_UNALIGNED, at, x.getAtIndex(JAVA_INT_UNALIGNED, at) - y.getAtIndex(JAVA_INT_UNALIGNED, at));
                    }
                } else {
                    for (int i = 0; i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_INT_UNALIGNED, at, x.getAtIndex(JAVA_INT_UNALIGNED, at) + y.getAtIndex(JAVA_INT_UNALIGNED, at));
                    }
                }
            }
            case INT64 -> {
                if (shared && x.heapBase().orElse(null) instanceof long[] a && y.heapBase().orElse(null) instanceof long[] b) {
                    int start = JavaArrays.index(x, Long.BYTES, from);
                    int end = start + count;
                    if (minus) {
                        for (int i = start; i < end; i++) {
                            a[i] -= b[i];
                        }
                    } else {
                        for (int i = start; i < end; i++) {
                            a[i] += b[i];
                        }
                    }
                } else if (minus) {
                    for (int i = 0; i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_LONG_UNALIGNED, at, x.getAtIndex(JAVA_LONG_UNALIGNED, at) - y.getAtIndex(JAVA_LONG_UNALIGNED, at));
                    }
                } else {
                    for (int i = 0; i < count; i++) {
                        long at = from + i;
                        x.setAtIndex(JAVA_LONG_UNALIGNED, at, x.getAtIndex(JAVA_LONG_UNALIGNED, at) + y.getAtIndex(JAVA_LONG_UNALIGNED, at));
                    }
                }
            }
            case FLOAT32 -> {
                if (shared && x.heapBase().orElse(null) instanceof float[] a && y.heapBase().orElse(null) instanceof float[] b) {
                    int start = JavaArrays.index(x, Float.BYTES, from);
                    int end = start + count;
                    if (minus) {
                        for (int i = start; i < end; i++) {
                            a[i] -= b[i];
                        }
                    } else {
                        for (int i = start; i < end; i++) {
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
            case FLOAT64 -> {
                if (shared && x.heapBase().orElse(null) instanceof double[] a && y.heapBase().orElse(null) instanceof double[] b) {
                    int start = JavaArrays.index(x, Double.BYTES, from);
                    int end = start + count;
                    if (minus) {
                        for (int i = start; i < end; i++) {
                            a[i] -= b[i];
                        }
                    } else {
                        for (int i = start; i < end; i++) {
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
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        boolean minus = subtract;
        long i = from;
        switch (in.type()) {
            case INT32 -> {
                for (long bound = from + Lanes.INT.loopBound(to - from); i < bound; i += Lanes.INT.length()) {
                    long at = i * Integer.BYTES;
                    IntVector v = IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER);
                    IntVector w = IntVector.fromMemorySegment(Lanes.INT, y, at, ORDER);
                    (minus ? v.sub(w) : v.add(w)).intoMemorySegment(x, at, ORDER);
                }
            }
            case INT64 -> {
                for (long bound = from + Lanes.LONG.loopBound(to - from); i < bound; i += Lanes.LONG.length()) {
                    long at = i * Long.BYTES;
                    LongVector v = LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER);
                    LongVector w = LongVector.fromMemorySegment(Lanes.LONG, y, at, ORDER);
                    (minus ? v.sub(w) : v.add(w)).intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT32 -> {
                for (long bound = from + Lanes.FLOAT.loopBound(to - from); i < bound; i += Lanes.FLOAT.length()) {
                    long at = i * Float.BYTES;
                    FloatVector v = FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER);
                    FloatVector w = FloatVector.fromMemorySegment(Lanes.FLOAT, y, at, ORDER);
                    (minus ? v.sub(w) : v.add(w)).intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT64 -> {
                for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound;
                        i += Lanes.DOUBLE.length()) {
                    long at = i * Double.BYTES;
                    DoubleVector v = DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER);
                    DoubleVector w = DoubleVector.fromMemorySegment(Lanes.DOUBLE, y, at, ORDER);
                    (minus ? v.sub(w) : v.add(w)).intoMemorySegment(x, at, ORDER);
                }
            }
        }
        scalar(in, i, to);
    }

    @Override
    public void plain(Operands in) {
        boolean minus = subtract;
        switch (in.type()) {
            case INT32 -> {
                int[] a = JavaArrays.ints(in.x());
                int[] b = JavaArrays.ints(in.y());
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
            case INT64 -> {
                long[] a = JavaArrays.longs(in.x());
                long[] b = JavaArrays.longs(in.y());
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
            case FLOAT32 -> {
                float[] a = JavaArrays.floats(in.x());
                float[] b = JavaArrays.floats(in.y());
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
            case FLOAT64 -> {
                double[] a = JavaArrays.doubles(in.x());
                double[] b = JavaArrays.doubles(in.y());
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

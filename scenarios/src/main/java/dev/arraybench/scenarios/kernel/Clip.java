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
 * {@code x[i] = min(max(x[i], lo), hi)}: memory-bound with a branch-free select. Floating-point types use
 * the real bounds; integer types use the integer bounds, saturated to the type's range.
 */
public final class Clip implements InPlaceOp {

    /** The standard range floats are clipped to: the middle half of the generated values. */
    public static final double LO = -0.5;
    /** See {@link #LO}. */
    public static final double HI = 0.5;
    /** The standard range integers are clipped to: the middle half of the int32 range. */
    public static final long INTEGER_LO = -(1L << 30);
    /** See {@link #INTEGER_LO}. */
    public static final long INTEGER_HI = 1L << 30;

    private final double lo;
    private final double hi;
    private final long integerLo;
    private final long integerHi;

    /** The standard clip, to {@link #LO}..{@link #HI} and {@link #INTEGER_LO}..{@link #INTEGER_HI}. */
    public Clip() {
        this(LO, HI, INTEGER_LO, INTEGER_HI);
    }

    /**
     * A clip of floats to {@code [lo, hi]} and of integers to {@code [integerLo, integerHi]}.
     *
     * @throws IllegalArgumentException when a lower bound exceeds its upper bound or a bound is not a number
     */
    public Clip(double lo, double hi, long integerLo, long integerHi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException(
                    "clip range: [" + lo + ", " + hi + "] (expected min <= max, both numbers)");
        }
        if (integerLo > integerHi) {
            throw new IllegalArgumentException(
                    "clip range: [" + integerLo + ", " + integerHi + "] (expected min <= max)");
        }
        this.lo = lo;
        this.hi = hi;
        this.integerLo = integerLo;
        this.integerHi = integerHi;
    }

    /** The lower bound for floating-point types. */
    public double lo() {
        return lo;
    }

    /** The upper bound for floating-point types. */
    public double hi() {
        return hi;
    }

    /** The lower bound for integer types. */
    public long integerLo() {
        return integerLo;
    }

    /** The upper bound for integer types. */
    public long integerHi() {
        return integerHi;
    }

    @Override
    public String name() {
        return "clip";
    }

    @Override
    public String description() {
        return "x[i] = min(max(x[i], lo), hi) in place (memory-bound, branch-free)";
    }

    @Override
    public long reference(DType type, long v, long w) {
        return Math.min(Math.max(v, narrowBound(type, integerLo)), narrowBound(type, integerHi));
    }

    @Override
    public double reference(DType type, double v, double w) {
        return Math.min(Math.max(v, type.round(lo)), type.round(hi));
    }

    private static long narrowBound(DType type, long bound) {
        return type == DType.INT32 ? Math.clamp(bound, Integer.MIN_VALUE, Integer.MAX_VALUE) : bound;
    }

    @Override
    public void scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        int count = Ranges.count(from, to);
        switch (in.type()) {
            case INT32 -> scalarInt32(x, intLo(), intHi(), from, count);
            case INT64 -> scalarInt64(x, integerLo, integerHi, from, count);
            case FLOAT32 -> scalarFloat32(x, (float) lo, (float) hi, from, count);
            case FLOAT64 -> scalarFloat64(x, lo, hi, from, count);
            case null -> throw new NullPointerException("type");
        }
    }

    private static void scalarInt32(MemorySegment x, int min, int max, long from, int count) {
        if (x.heapBase().orElse(null) instanceof int[] a) {
            for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + count; i < end; i++) {
                a[i] = Math.min(Math.max(a[i], min), max);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_INT_UNALIGNED, at,
                        Math.min(Math.max(x.getAtIndex(JAVA_INT_UNALIGNED, at), min), max));
            }
        }
    }

    private static void scalarInt64(MemorySegment x, long min, long max, long from, int count) {
        if (x.heapBase().orElse(null) instanceof long[] a) {
            for (int i = JavaArrays.index(x, Long.BYTES, from), end = i + count; i < end; i++) {
                a[i] = Math.min(Math.max(a[i], min), max);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_LONG_UNALIGNED, at,
                        Math.min(Math.max(x.getAtIndex(JAVA_LONG_UNALIGNED, at), min), max));
            }
        }
    }

    private static void scalarFloat32(MemorySegment x, float min, float max, long from, int count) {
        if (x.heapBase().orElse(null) instanceof float[] a) {
            for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + count; i < end; i++) {
                a[i] = Math.min(Math.max(a[i], min), max);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_FLOAT_UNALIGNED, at,
                        Math.min(Math.max(x.getAtIndex(JAVA_FLOAT_UNALIGNED, at), min), max));
            }
        }
    }

    private static void scalarFloat64(MemorySegment x, double min, double max, long from, int count) {
        if (x.heapBase().orElse(null) instanceof double[] a) {
            for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + count; i < end; i++) {
                a[i] = Math.min(Math.max(a[i], min), max);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_DOUBLE_UNALIGNED, at,
                        Math.min(Math.max(x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at), min), max));
            }
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        long end = Lanes.end(in.type(), from, to);
        switch (in.type()) {
            case INT32 -> simdInt32(x, intLo(), intHi(), from, end);
            case INT64 -> simdInt64(x, integerLo, integerHi, from, end);
            case FLOAT32 -> simdFloat32(x, (float) lo, (float) hi, from, end);
            case FLOAT64 -> simdFloat64(x, lo, hi, from, end);
            case null -> throw new NullPointerException("type");
        }
        scalar(in, end, to);
    }

    private static void simdInt32(MemorySegment x, int min, int max, long from, long end) {
        IntVector floor = IntVector.broadcast(Lanes.INT, min);
        IntVector ceiling = IntVector.broadcast(Lanes.INT, max);
        for (long i = from; i < end; i += Lanes.INT.length()) {
            long at = i * Integer.BYTES;
            IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER).max(floor).min(ceiling)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdInt64(MemorySegment x, long min, long max, long from, long end) {
        LongVector floor = LongVector.broadcast(Lanes.LONG, min);
        LongVector ceiling = LongVector.broadcast(Lanes.LONG, max);
        for (long i = from; i < end; i += Lanes.LONG.length()) {
            long at = i * Long.BYTES;
            LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER).max(floor).min(ceiling)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat32(MemorySegment x, float min, float max, long from, long end) {
        FloatVector floor = FloatVector.broadcast(Lanes.FLOAT, min);
        FloatVector ceiling = FloatVector.broadcast(Lanes.FLOAT, max);
        for (long i = from; i < end; i += Lanes.FLOAT.length()) {
            long at = i * Float.BYTES;
            FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER).max(floor).min(ceiling)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat64(MemorySegment x, double min, double max, long from, long end) {
        DoubleVector floor = DoubleVector.broadcast(Lanes.DOUBLE, min);
        DoubleVector ceiling = DoubleVector.broadcast(Lanes.DOUBLE, max);
        for (long i = from; i < end; i += Lanes.DOUBLE.length()) {
            long at = i * Double.BYTES;
            DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER).max(floor).min(ceiling)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    private int intLo() {
        return Math.clamp(integerLo, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private int intHi() {
        return Math.clamp(integerHi, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public void plain(Operands in) {
        MemorySegment x = in.x();
        switch (in.type()) {
            case INT32 -> plain(JavaArrays.ints(x), intLo(), intHi());
            case INT64 -> plain(JavaArrays.longs(x), integerLo, integerHi);
            case FLOAT32 -> plain(JavaArrays.floats(x), (float) lo, (float) hi);
            case FLOAT64 -> plain(JavaArrays.doubles(x), lo, hi);
            case null -> throw new NullPointerException("type");
        }
    }

    private static void plain(int[] a, int min, int max) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.min(Math.max(a[i], min), max);
        }
    }

    private static void plain(long[] a, long min, long max) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.min(Math.max(a[i], min), max);
        }
    }

    private static void plain(float[] a, float min, float max) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.min(Math.max(a[i], min), max);
        }
    }

    private static void plain(double[] a, double min, double max) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.min(Math.max(a[i], min), max);
        }
    }
}

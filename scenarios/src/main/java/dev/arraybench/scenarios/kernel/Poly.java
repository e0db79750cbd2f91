package dev.arraybench.scenarios.kernel;

import static dev.arraybench.scenarios.kernel.Lanes.ORDER;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.arraybench.scenarios.data.DType;
import java.lang.foreign.MemorySegment;
import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;

/**
 * {@code x[i] = p(x[i])} for a fixed degree-8 polynomial evaluated by Horner's rule: the compute-bound op
 * (16 arithmetic operations per element loaded). Each Horner step is a multiply then an add, never a fused
 * multiply-add, so scalar and SIMD results are identical. The floating-point coefficients sum to less than
 * 1 in absolute value, so {@code p} maps [-1, 1] into itself and repeated calls stay finite; integers wrap.
 */
public final class Poly implements InPlaceOp {

    private static final long L0 = 3;
    private static final long L1 = -5;
    private static final long L2 = 7;
    private static final long L3 = 1;
    private static final long L4 = -2;
    private static final long L5 = 11;
    private static final long L6 = 4;
    private static final long L7 = -6;
    private static final long L8 = 9;
    private static final double D0 = 0.5;
    private static final double D1 = 0.25;
    private static final double D2 = -0.125;
    private static final double D3 = 0.0625;
    private static final double D4 = -0.03125;
    private static final double D5 = 0.015625;
    private static final double D6 = -0.0078125;
    private static final double D7 = 0.00390625;
    private static final double D8 = -0.001953125;

    /** Integer coefficients, constant term first. */
    public static final List<Long> INTEGER_COEFFICIENTS = List.of(L0, L1, L2, L3, L4, L5, L6, L7, L8);
    /** Floating-point coefficients, constant term first. */
    public static final List<Double> REAL_COEFFICIENTS = List.of(D0, D1, D2, D3, D4, D5, D6, D7, D8);

    @Override
    public String name() {
        return "poly";
    }

    @Override
    public String description() {
        return "x[i] = p(x[i]), degree-8 polynomial by Horner's rule in place (compute-bound)";
    }

    @Override
    public long reference(DType type, long v, long w) {
        List<Long> c = INTEGER_COEFFICIENTS;
        long result = type.narrow(c.getLast());
        for (int k = c.size() - 2; k >= 0; k--) {
            result = type.narrow(type.narrow(result * v) + type.narrow(c.get(k)));
        }
        return result;
    }

    @Override
    public double reference(DType type, double v, double w) {
        List<Double> c = REAL_COEFFICIENTS;
        double result = type.round(c.getLast());
        for (int k = c.size() - 2; k >= 0; k--) {
            result = type.round(type.round(result * v) + type.round(c.get(k)));
        }
        return result;
    }

    @Override
    public void scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        int count = Ranges.count(from, to);
        switch (in.type()) {
            case INT32 -> scalarInt32(x, from, count);
            case INT64 -> scalarInt64(x, from, count);
            case FLOAT32 -> scalarFloat32(x, from, count);
            case FLOAT64 -> scalarFloat64(x, from, count);
            case null -> throw new NullPointerException("type");
        }
    }

    private static void scalarInt32(MemorySegment x, long from, int count) {
        if (x.heapBase().orElse(null) instanceof int[] a) {
            for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + count; i < end; i++) {
                a[i] = horner(a[i]);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_INT_UNALIGNED, at, horner(x.getAtIndex(JAVA_INT_UNALIGNED, at)));
            }
        }
    }

    private static void scalarInt64(MemorySegment x, long from, int count) {
        if (x.heapBase().orElse(null) instanceof long[] a) {
            for (int i = JavaArrays.index(x, Long.BYTES, from), end = i + count; i < end; i++) {
                a[i] = horner(a[i]);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_LONG_UNALIGNED, at, horner(x.getAtIndex(JAVA_LONG_UNALIGNED, at)));
            }
        }
    }

    private static void scalarFloat32(MemorySegment x, long from, int count) {
        if (x.heapBase().orElse(null) instanceof float[] a) {
            for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + count; i < end; i++) {
                a[i] = horner(a[i]);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_FLOAT_UNALIGNED, at, horner(x.getAtIndex(JAVA_FLOAT_UNALIGNED, at)));
            }
        }
    }

    private static void scalarFloat64(MemorySegment x, long from, int count) {
        if (x.heapBase().orElse(null) instanceof double[] a) {
            for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + count; i < end; i++) {
                a[i] = horner(a[i]);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                x.setAtIndex(JAVA_DOUBLE_UNALIGNED, at, horner(x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at)));
            }
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        long end = Lanes.end(in.type(), from, to);
        switch (in.type()) {
            case INT32 -> simdInt32(x, from, end);
            case INT64 -> simdInt64(x, from, end);
            case FLOAT32 -> simdFloat32(x, from, end);
            case FLOAT64 -> simdFloat64(x, from, end);
            case null -> throw new NullPointerException("type");
        }
        scalar(in, end, to);
    }

    private static void simdInt32(MemorySegment x, long from, long end) {
        for (long i = from; i < end; i += Lanes.INT.length()) {
            long at = i * Integer.BYTES;
            IntVector v = IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER);
            v.mul((int) L8).add((int) L7).mul(v).add((int) L6).mul(v).add((int) L5).mul(v).add((int) L4)
                    .mul(v).add((int) L3).mul(v).add((int) L2).mul(v).add((int) L1).mul(v).add((int) L0)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdInt64(MemorySegment x, long from, long end) {
        for (long i = from; i < end; i += Lanes.LONG.length()) {
            long at = i * Long.BYTES;
            LongVector v = LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER);
            v.mul(L8).add(L7).mul(v).add(L6).mul(v).add(L5).mul(v).add(L4)
                    .mul(v).add(L3).mul(v).add(L2).mul(v).add(L1).mul(v).add(L0)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat32(MemorySegment x, long from, long end) {
        for (long i = from; i < end; i += Lanes.FLOAT.length()) {
            long at = i * Float.BYTES;
            FloatVector v = FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER);
            v.mul((float) D8).add((float) D7).mul(v).add((float) D6).mul(v).add((float) D5).mul(v)
                    .add((float) D4).mul(v).add((float) D3).mul(v).add((float) D2).mul(v).add((float) D1)
                    .mul(v).add((float) D0)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    private static void simdFloat64(MemorySegment x, long from, long end) {
        for (long i = from; i < end; i += Lanes.DOUBLE.length()) {
            long at = i * Double.BYTES;
            DoubleVector v = DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER);
            v.mul(D8).add(D7).mul(v).add(D6).mul(v).add(D5).mul(v).add(D4)
                    .mul(v).add(D3).mul(v).add(D2).mul(v).add(D1).mul(v).add(D0)
                    .intoMemorySegment(x, at, ORDER);
        }
    }

    @Override
    public void plain(Operands in) {
        MemorySegment x = in.x();
        switch (in.type()) {
            case INT32 -> plain(JavaArrays.ints(x));
            case INT64 -> plain(JavaArrays.longs(x));
            case FLOAT32 -> plain(JavaArrays.floats(x));
            case FLOAT64 -> plain(JavaArrays.doubles(x));
            case null -> throw new NullPointerException("type");
        }
    }

    private static void plain(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = horner(a[i]);
        }
    }

    private static void plain(long[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = horner(a[i]);
        }
    }

    private static void plain(float[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = horner(a[i]);
        }
    }

    private static void plain(double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = horner(a[i]);
        }
    }

    private static int horner(int v) {
        return (int) L0 + v * ((int) L1 + v * ((int) L2 + v * ((int) L3 + v * ((int) L4 + v * ((int) L5 + v
                * ((int) L6 + v * ((int) L7 + v * (int) L8)))))));
    }

    private static long horner(long v) {
        return L0 + v * (L1 + v * (L2 + v * (L3 + v * (L4 + v * (L5 + v * (L6 + v * (L7 + v * L8)))))));
    }

    private static float horner(float v) {
        return (float) D0 + v * ((float) D1 + v * ((float) D2 + v * ((float) D3 + v * ((float) D4 + v
                * ((float) D5 + v * ((float) D6 + v * ((float) D7 + v * (float) D8)))))));
    }

    private static double horner(double v) {
        return D0 + v * (D1 + v * (D2 + v * (D3 + v * (D4 + v * (D5 + v * (D6 + v * (D7 + v * D8)))))));
    }
}

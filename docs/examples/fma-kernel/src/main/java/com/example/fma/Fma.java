package com.example.fma;

import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Lanes;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.Ranges;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;

/**
 * {@code x[i] = a * x[i] + y[i]}, a fused multiply-add in place, as a user plugs it into arraybench: two
 * range kernels (a scalar loop and a Vector API loop), the plain reference they are checked against, and
 * the steadiness of repeated calls. Floats use {@code a = 0.5} and one rounding ({@link Math#fma}, the
 * vector {@code fma}), so both kernels give the reference's bits; repeated calls converge to
 * {@code x = 2y}, finite and steady. Integers use {@code a = 3} with Java's wrap-around: an odd factor is a
 * bijection modulo 2^n, so repeated calls keep the values uniformly spread. Bytes moved are the default
 * ones: two reads and one write per element.
 */
public final class Fma implements InPlaceOp {

    /** The factor of float types. */
    public static final double A = 0.5;
    /** The factor of integer types. */
    public static final long INTEGER_A = 3;

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ByteOrder ORDER = Lanes.ORDER;

    @Override
    public String name() {
        return "fma";
    }

    @Override
    public String description() {
        return "x[i] = a * x[i] + y[i] in place, fused (a = 0.5; integers a = 3, wrapping)";
    }

    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public long reference(DType type, long v, long w) {
        return type.narrow(INTEGER_A * v + w);
    }

    @Override
    public double reference(DType type, double v, double w) {
        return type == DType.FLOAT32 ? Math.fma((float) A, (float) v, (float) w) : Math.fma(A, v, w);
    }

    @Override
    public void scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        int count = Ranges.count(from, to);
        switch (in.type()) {
            case INT32 -> {
                int a = (int) INTEGER_A;
                for (int i = 0; i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(INT, at, a * x.getAtIndex(INT, at) + y.getAtIndex(INT, at));
                }
            }
            case INT64 -> {
                for (int i = 0; i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(LONG, at, INTEGER_A * x.getAtIndex(LONG, at) + y.getAtIndex(LONG, at));
                }
            }
            case FLOAT32 -> {
                float a = (float) A;
                for (int i = 0; i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(FLOAT, at, Math.fma(a, x.getAtIndex(FLOAT, at), y.getAtIndex(FLOAT, at)));
                }
            }
            case FLOAT64 -> {
                for (int i = 0; i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(DOUBLE, at, Math.fma(A, x.getAtIndex(DOUBLE, at), y.getAtIndex(DOUBLE, at)));
                }
            }
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        long i = from;
        switch (in.type()) {
            case INT32 -> {
                int a = (int) INTEGER_A;
                for (long bound = from + Lanes.INT.loopBound(to - from); i < bound; i += Lanes.INT.length()) {
                    long at = i * Integer.BYTES;
                    IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER).mul(a)
                            .add(IntVector.fromMemorySegment(Lanes.INT, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
            case INT64 -> {
                for (long bound = from + Lanes.LONG.loopBound(to - from); i < bound; i += Lanes.LONG.length()) {
                    long at = i * Long.BYTES;
                    LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER).mul(INTEGER_A)
                            .add(LongVector.fromMemorySegment(Lanes.LONG, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT32 -> {
                FloatVector a = FloatVector.broadcast(Lanes.FLOAT, (float) A);
                for (long bound = from + Lanes.FLOAT.loopBound(to - from); i < bound; i += Lanes.FLOAT.length()) {
                    long at = i * Float.BYTES;
                    FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER)
                            .fma(a, FloatVector.fromMemorySegment(Lanes.FLOAT, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT64 -> {
                DoubleVector a = DoubleVector.broadcast(Lanes.DOUBLE, A);
                for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound;
                        i += Lanes.DOUBLE.length()) {
                    long at = i * Double.BYTES;
                    DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER)
                            .fma(a, DoubleVector.fromMemorySegment(Lanes.DOUBLE, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
        }
        scalar(in, i, to);
    }
}

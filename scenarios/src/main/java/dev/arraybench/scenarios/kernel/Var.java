package dev.arraybench.scenarios.kernel;

import static dev.arraybench.scenarios.kernel.Lanes.ORDER;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The population variance (divided by n) as a {@link Double}, {@code NaN} for no elements; a read-only
 * reduction in one pass. Each range accumulates, in double precision, the sum and the sum of squares of
 * its elements shifted by the range's first element (which keeps the subtraction accurate), and ranges
 * combine with Chan's pairwise formula. Strategies agree to about {@code 1e-9} of the variance.
 */
public final class Var implements ReductionOp<Moments> {

    /** Relative tolerance of variances. */
    public static final double TOLERANCE = 1e-9;

    @Override
    public String name() {
        return "var";
    }

    @Override
    public String description() {
        return "population variance as a double (read-only, one pass, shifted sums)";
    }

    @Override
    public Moments scalar(Operands in, long from, long to) {
        if (from >= to) {
            return Moments.EMPTY;
        }
        MemorySegment x = in.x();
        int count = Ranges.count(from, to);
        double shift = in.type().getAsDouble(x, from);
        return switch (in.type()) {
            case INT32 -> scalarInt32(x, shift, from, count);
            case INT64 -> scalarInt64(x, shift, from, count);
            case FLOAT32 -> scalarFloat32(x, shift, from, count);
            case FLOAT64 -> scalarFloat64(x, shift, from, count);
        };
    }

    private static Moments scalarInt32(MemorySegment x, double shift, long from, int count) {
        double sum = 0;
        double squares = 0;
        if (x.heapBase().orElse(null) instanceof int[] a) {
            for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + count; i < end; i++) {
                double d = a[i] - shift;
                sum += d;
                squares += d * d;
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                double d = x.getAtIndex(JAVA_INT_UNALIGNED, at) - shift;
                sum += d;
                squares += d * d;
            }
        }
        return Moments.ofShifted(count, shift, sum, squares);
    }

    /**
     * The segment loop on both layouts: over a heap {@code long[]} the array loop ran 1.3-1.4x slower than the
     * plain loop in every run, the segment loop as fast (docs/performance.md). Both stay scalar.
     */
    private static Moments scalarInt64(MemorySegment x, double shift, long from, int count) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < count; i++) {
            long at = from + i;
            double d = x.getAtIndex(JAVA_LONG_UNALIGNED, at) - shift;
            sum += d;
            squares += d * d;
        }
        return Moments.ofShifted(count, shift, sum, squares);
    }

    private static Moments scalarFloat32(MemorySegment x, double shift, long from, int count) {
        double sum = 0;
        double squares = 0;
        if (x.heapBase().orElse(null) instanceof float[] a) {
            for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + count; i < end; i++) {
                double d = a[i] - shift;
                sum += d;
                squares += d * d;
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                double d = x.getAtIndex(JAVA_FLOAT_UNALIGNED, at) - shift;
                sum += d;
                squares += d * d;
            }
        }
        return Moments.ofShifted(count, shift, sum, squares);
    }

    private static Moments scalarFloat64(MemorySegment x, double shift, long from, int count) {
        double sum = 0;
        double squares = 0;
        if (x.heapBase().orElse(null) instanceof double[] a) {
            for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + count; i < end; i++) {
                double d = a[i] - shift;
                sum += d;
                squares += d * d;
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                double d = x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at) - shift;
                sum += d;
                squares += d * d;
            }
        }
        return Moments.ofShifted(count, shift, sum, squares);
    }

    @Override
    public Moments simd(Operands in, long from, long to) {
        if (from >= to) {
            return Moments.EMPTY;
        }
        MemorySegment x = in.x();
        long end = Lanes.end(in.type(), from, to);
        double shift = in.type().getAsDouble(x, from);
        Moments body = switch (in.type()) {
            case INT32 -> simdInt32(x, shift, from, end);
            case INT64 -> simdInt64(x, shift, from, end);
            case FLOAT32 -> simdFloat32(x, shift, from, end);
            case FLOAT64 -> simdFloat64(x, shift, from, end);
        };
        return combine(body, scalar(in, end, to));
    }

    /** Two half-width loads a step, each widened into a full-width vector of doubles (so float32 too). */
    private static Moments simdInt32(MemorySegment x, double shiftValue, long from, long end) {
        DoubleVector shift = DoubleVector.broadcast(Lanes.DOUBLE, shiftValue);
        DoubleVector sum = DoubleVector.zero(Lanes.DOUBLE);
        DoubleVector squares = DoubleVector.zero(Lanes.DOUBLE);
        long halfBytes = (long) Lanes.INT_HALF.length() * Integer.BYTES;
        for (long i = from; i < end; i += Lanes.INT.length()) {
            long at = i * Integer.BYTES;
            DoubleVector low = ((DoubleVector) IntVector.fromMemorySegment(Lanes.INT_HALF, x, at, ORDER)
                    .convertShape(VectorOperators.I2D, Lanes.DOUBLE, 0)).sub(shift);
            DoubleVector high = ((DoubleVector) IntVector.fromMemorySegment(Lanes.INT_HALF, x, at + halfBytes,
                    ORDER).convertShape(VectorOperators.I2D, Lanes.DOUBLE, 0)).sub(shift);
            sum = sum.add(low).add(high);
            squares = squares.add(low.mul(low)).add(high.mul(high));
        }
        return Moments.ofLanes(end - from, shiftValue, sum, squares);
    }

    private static Moments simdInt64(MemorySegment x, double shiftValue, long from, long end) {
        DoubleVector shift = DoubleVector.broadcast(Lanes.DOUBLE, shiftValue);
        DoubleVector sum = DoubleVector.zero(Lanes.DOUBLE);
        DoubleVector squares = DoubleVector.zero(Lanes.DOUBLE);
        for (long i = from; i < end; i += Lanes.LONG.length()) {
            long at = i * Long.BYTES;
            DoubleVector d = ((DoubleVector) LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER)
                    .convertShape(VectorOperators.L2D, Lanes.DOUBLE, 0)).sub(shift);
            sum = sum.add(d);
            squares = squares.add(d.mul(d));
        }
        return Moments.ofLanes(end - from, shiftValue, sum, squares);
    }

    private static Moments simdFloat32(MemorySegment x, double shiftValue, long from, long end) {
        DoubleVector shift = DoubleVector.broadcast(Lanes.DOUBLE, shiftValue);
        DoubleVector sum = DoubleVector.zero(Lanes.DOUBLE);
        DoubleVector squares = DoubleVector.zero(Lanes.DOUBLE);
        long halfBytes = (long) Lanes.FLOAT_HALF.length() * Float.BYTES;
        for (long i = from; i < end; i += Lanes.FLOAT.length()) {
            long at = i * Float.BYTES;
            DoubleVector low = ((DoubleVector) FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x, at, ORDER)
                    .convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0)).sub(shift);
            DoubleVector high = ((DoubleVector) FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x,
                    at + halfBytes, ORDER).convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0)).sub(shift);
            sum = sum.add(low).add(high);
            squares = squares.add(low.mul(low)).add(high.mul(high));
        }
        return Moments.ofLanes(end - from, shiftValue, sum, squares);
    }

    private static Moments simdFloat64(MemorySegment x, double shiftValue, long from, long end) {
        DoubleVector shift = DoubleVector.broadcast(Lanes.DOUBLE, shiftValue);
        DoubleVector sum = DoubleVector.zero(Lanes.DOUBLE);
        DoubleVector squares = DoubleVector.zero(Lanes.DOUBLE);
        for (long i = from; i < end; i += Lanes.DOUBLE.length()) {
            long at = i * Double.BYTES;
            DoubleVector d = DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER).sub(shift);
            sum = sum.add(d);
            squares = squares.add(d.mul(d));
        }
        return Moments.ofLanes(end - from, shiftValue, sum, squares);
    }

    /** The textbook two passes: the mean, then the mean squared deviation from it. */
    @Override
    public Number reference(Operands in) {
        long n = in.length();
        if (n == 0) {
            return Double.NaN;
        }
        double mean = 0;
        for (long i = 0; i < n; i++) {
            mean += in.type().getAsDouble(in.x(), i);
        }
        mean /= n;
        double squares = 0;
        for (long i = 0; i < n; i++) {
            double d = in.type().getAsDouble(in.x(), i) - mean;
            squares += d * d;
        }
        return squares / n;
    }

    /** Within {@link #TOLERANCE} of the variance. */
    @Override
    public double tolerance(Operands in, Number expected) {
        return TOLERANCE * Math.abs(expected.doubleValue());
    }

    @Override
    public Moments combine(Moments left, Moments right) {
        return Moments.combine(left, right);
    }

    @Override
    public Number finish(Moments whole, long length) {
        return length == 0 ? Double.NaN : whole.squares() / length;
    }

    /** The same one-pass shifted sums as {@link #scalar}, written over the Java array. */
    @Override
    public Number plain(Operands in) {
        MemorySegment x = in.x();
        double shift = in.length() == 0 ? 0 : in.type().getAsDouble(x, 0);
        return finish(switch (in.type()) {
            case INT32 -> plain(JavaArrays.ints(x), shift);
            case INT64 -> plain(JavaArrays.longs(x), shift);
            case FLOAT32 -> plain(JavaArrays.floats(x), shift);
            case FLOAT64 -> plain(JavaArrays.doubles(x), shift);
        }, in.length());
    }

    private static Moments plain(int[] a, double shift) {
        double sum = 0;
        double squares = 0;
        for (int v : a) {
            double d = v - shift;
            sum += d;
            squares += d * d;
        }
        return Moments.ofShifted(a.length, shift, sum, squares);
    }

    private static Moments plain(long[] a, double shift) {
        double sum = 0;
        double squares = 0;
        for (long v : a) {
            double d = v - shift;
            sum += d;
            squares += d * d;
        }
        return Moments.ofShifted(a.length, shift, sum, squares);
    }

    private static Moments plain(float[] a, double shift) {
        double sum = 0;
        double squares = 0;
        for (float v : a) {
            double d = v - shift;
            sum += d;
            squares += d * d;
        }
        return Moments.ofShifted(a.length, shift, sum, squares);
    }

    private static Moments plain(double[] a, double shift) {
        double sum = 0;
        double squares = 0;
        for (double v : a) {
            double d = v - shift;
            sum += d;
            squares += d * d;
        }
        return Moments.ofShifted(a.length, shift, sum, squares);
    }
}

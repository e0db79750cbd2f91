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
public final class Var implements ReductionOp<Var.Moments> {

    /** Relative tolerance of variances. */
    public static final double TOLERANCE = 1e-9;

    /** Count, mean and sum of squared deviations of one range. */
    public record Moments(long count, double mean, double squares) {

        static final Moments EMPTY = new Moments(0, 0, 0);

        static Moments ofShifted(long count, double shift, double sum, double sumOfSquares) {
            if (count == 0) {
                return EMPTY;
            }
            return new Moments(count, shift + sum / count, Math.max(0, sumOfSquares - sum * sum / count));
        }
    }

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
        double shift = in.type().getAsDouble(x, from);
        double sum = 0;
        double squares = 0;
        switch (in.type()) {
            case INT32 -> {
                if (x.heapBase().orElse(null) instanceof int[] a) {
                    for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        double d = a[i] - shift;
                        sum += d;
                        squares += d * d;
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        double d = x.getAtIndex(JAVA_INT_UNALIGNED, at) - shift;
                        sum += d;
                        squares += d * d;
                    }
                }
            }
            case INT64 -> {
                // The segment loop on both layouts: over a heap long[] the array loop ran 1.3-1.4x slower than the
                // plain loop in every run, the segment loop as fast (docs/performance.md). Both stay scalar.
                for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                    long at = from + i;
                    double d = x.getAtIndex(JAVA_LONG_UNALIGNED, at) - shift;
                    sum += d;
                    squares += d * d;
                }
            }
            case FLOAT32 -> {
                if (x.heapBase().orElse(null) instanceof float[] a) {
                    for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        double d = a[i] - shift;
                        sum += d;
                        squares += d * d;
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        double d = x.getAtIndex(JAVA_FLOAT_UNALIGNED, at) - shift;
                        sum += d;
                        squares += d * d;
                    }
                }
            }
            case FLOAT64 -> {
                if (x.heapBase().orElse(null) instanceof double[] a) {
                    for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        double d = a[i] - shift;
                        sum += d;
                        squares += d * d;
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        double d = x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at) - shift;
                        sum += d;
                        squares += d * d;
                    }
                }
            }
        }
        return Moments.ofShifted(to - from, shift, sum, squares);
    }

    @Override
    public Moments simd(Operands in, long from, long to) {
        if (from >= to) {
            return Moments.EMPTY;
        }
        MemorySegment x = in.x();
        double shiftValue = in.type().getAsDouble(x, from);
        DoubleVector shift = DoubleVector.broadcast(Lanes.DOUBLE, shiftValue);
        DoubleVector sum = DoubleVector.zero(Lanes.DOUBLE);
        DoubleVector squares = DoubleVector.zero(Lanes.DOUBLE);
        long i = from;
        long halfBytes = (long) Lanes.DOUBLE.length() * Integer.BYTES; // one half-width load of 4-byte lanes
        switch (in.type()) {
            case INT32 -> {
                for (long bound = from + Lanes.INT.loopBound(to - from); i < bound; i += Lanes.INT.length()) {
                    long at = i * Integer.BYTES;
                    DoubleVector low = ((DoubleVector) IntVector.fromMemorySegment(Lanes.INT_HALF, x, at, ORDER)
                            .convertShape(VectorOperators.I2D, Lanes.DOUBLE, 0)).sub(shift);
                    DoubleVector high = ((DoubleVector) IntVector.fromMemorySegment(Lanes.INT_HALF, x, at + halfBytes,
                            ORDER).convertShape(VectorOperators.I2D, Lanes.DOUBLE, 0)).sub(shift);
                    sum = sum.add(low).add(high);
                    squares = squares.add(low.mul(low)).add(high.mul(high));
                }
            }
            case INT64 -> {
                for (long bound = from + Lanes.LONG.loopBound(to - from); i < bound; i += Lanes.LONG.length()) {
                    LongVector v = LongVector.fromMemorySegment(Lanes.LONG, x, i * Long.BYTES, ORDER);
                    DoubleVector d = ((DoubleVector) v.convertShape(VectorOperators.L2D, Lanes.DOUBLE, 0)).sub(shift);
                    sum = sum.add(d);
                    squares = squares.add(d.mul(d));
                }
            }
            case FLOAT32 -> {
                for (long bound = from + Lanes.FLOAT.loopBound(to - from); i < bound; i += Lanes.FLOAT.length()) {
                    long at = i * Float.BYTES;
                    DoubleVector low = ((DoubleVector) FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x, at, ORDER)
                            .convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0)).sub(shift);
                    DoubleVector high = ((DoubleVector) FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x,
                            at + halfBytes, ORDER).convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0)).sub(shift);
                    sum = sum.add(low).add(high);
                    squares = squares.add(low.mul(low)).add(high.mul(high));
                }
            }
            case FLOAT64 -> {
                for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound;
                        i += Lanes.DOUBLE.length()) {
                    DoubleVector d = DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, i * Double.BYTES, ORDER)
                            .sub(shift);
                    sum = sum.add(d);
                    squares = squares.add(d.mul(d));
                }
            }
        }
        Moments body = Moments.ofShifted(i - from, shiftValue, sum.reduceLanes(VectorOperators.ADD),
                squares.reduceLanes(VectorOperators.ADD));
        return combine(body, scalar(in, i, to));
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
        if (left.count() == 0) {
            return right;
        }
        if (right.count() == 0) {
            return left;
        }
        long count = left.count() + right.count();
        double delta = right.mean() - left.mean();
        double mean = left.mean() + delta * right.count() / count;
        double squares = left.squares() + right.squares()
                + delta * delta * ((double) left.count() * right.count() / count);
        return new Moments(count, mean, squares);
    }

    @Override
    public Number finish(Moments whole, long length) {
        return length == 0 ? Double.NaN : whole.squares() / length;
    }

    /** The same one-pass shifted sums as {@link #scalar}, written over the Java array. */
    @Override
    public Number plain(Operands in) {
        int n = (int) in.length();
        if (n == 0) {
            return Double.NaN;
        }
        double shift = in.type().getAsDouble(in.x(), 0);
        double sum = 0;
        double squares = 0;
        switch (in.type()) {
            case INT32 -> {
                for (int v : JavaArrays.ints(in.x())) {
                    double d = v - shift;
                    sum += d;
                    squares += d * d;
                }
            }
            case INT64 -> {
                for (long v : JavaArrays.longs(in.x())) {
                    double d = v - shift;
                    sum += d;
                    squares += d * d;
                }
            }
            case FLOAT32 -> {
                for (float v : JavaArrays.floats(in.x())) {
                    double d = v - shift;
                    sum += d;
                    squares += d * d;
                }
            }
            case FLOAT64 -> {
                for (double v : JavaArrays.doubles(in.x())) {
                    double d = v - shift;
                    sum += d;
                    squares += d * d;
                }
            }
        }
        return finish(Moments.ofShifted(n, shift, sum, squares), n);
    }
}

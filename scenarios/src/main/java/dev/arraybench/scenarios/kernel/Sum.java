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
import jdk.incubator.vector.VectorOperators;

/**
 * The sum of all elements, a read-only reduction. int32 accumulates in 64 bits, so it cannot overflow below
 * 2^32 elements; int64 wraps as Java's {@code long} does; both give a {@link Long}. float32 and float64
 * accumulate in double precision and give a {@link Double}; the SIMD and parallel strategies add in another
 * order, so float results agree with the sequential loop to within {@code 1e-10} of the sum of magnitudes
 * (far closer in practice), not to the last bit. The SIMD loop of the narrow types loads half-width
 * vectors and widens each into a full-width vector of 64-bit accumulators, keeping the vector width.
 */
public final class Sum implements ReductionOp<Number> {

    /** Relative tolerance of float sums (and means), against the sum of magnitudes. */
    public static final double TOLERANCE = 1e-10;

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public String description() {
        return "sum of all elements (read-only; int32 accumulates in 64 bits, floats in double)";
    }

    @Override
    public Number scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        int count = Ranges.count(from, to);
        return switch (in.type()) {
            case INT32 -> scalarInt32(x, from, count);
            case INT64 -> scalarInt64(x, from, count);
            case FLOAT32 -> scalarFloat32(x, from, count);
            case FLOAT64 -> scalarFloat64(x, from, count);
        };
    }

    private static long scalarInt32(MemorySegment x, long from, int count) {
        long sum = 0;
        if (x.heapBase().orElse(null) instanceof int[] a) {
            for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + count; i < end; i++) {
                sum += a[i];
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                sum += x.getAtIndex(JAVA_INT_UNALIGNED, at);
            }
        }
        return sum;
    }

    private static long scalarInt64(MemorySegment x, long from, int count) {
        long sum = 0;
        if (x.heapBase().orElse(null) instanceof long[] a) {
            for (int i = JavaArrays.index(x, Long.BYTES, from), end = i + count; i < end; i++) {
                sum += a[i];
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                sum += x.getAtIndex(JAVA_LONG_UNALIGNED, at);
            }
        }
        return sum;
    }

    private static double scalarFloat32(MemorySegment x, long from, int count) {
        double sum = 0;
        if (x.heapBase().orElse(null) instanceof float[] a) {
            for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + count; i < end; i++) {
                sum += a[i];
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                sum += x.getAtIndex(JAVA_FLOAT_UNALIGNED, at);
            }
        }
        return sum;
    }

    private static double scalarFloat64(MemorySegment x, long from, int count) {
        double sum = 0;
        if (x.heapBase().orElse(null) instanceof double[] a) {
            for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + count; i < end; i++) {
                sum += a[i];
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                sum += x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at);
            }
        }
        return sum;
    }

    @Override
    public Number simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        long end = Lanes.end(in.type(), from, to);
        Number body = switch (in.type()) {
            case INT32 -> simdInt32(x, from, end);
            case INT64 -> simdInt64(x, from, end);
            case FLOAT32 -> simdFloat32(x, from, end);
            case FLOAT64 -> simdFloat64(x, from, end);
        };
        return combine(body, scalar(in, end, to));
    }

    /** Two half-width loads a step, each widened into a full-width vector of 64-bit accumulators. */
    private static long simdInt32(MemorySegment x, long from, long end) {
        LongVector low = LongVector.zero(Lanes.LONG);
        LongVector high = LongVector.zero(Lanes.LONG);
        long halfBytes = (long) Lanes.INT_HALF.length() * Integer.BYTES;
        for (long i = from; i < end; i += Lanes.INT.length()) {
            long at = i * Integer.BYTES;
            low = low.add(IntVector.fromMemorySegment(Lanes.INT_HALF, x, at, ORDER)
                    .convertShape(VectorOperators.I2L, Lanes.LONG, 0));
            high = high.add(IntVector.fromMemorySegment(Lanes.INT_HALF, x, at + halfBytes, ORDER)
                    .convertShape(VectorOperators.I2L, Lanes.LONG, 0));
        }
        return low.add(high).reduceLanes(VectorOperators.ADD);
    }

    private static long simdInt64(MemorySegment x, long from, long end) {
        LongVector sum = LongVector.zero(Lanes.LONG);
        for (long i = from; i < end; i += Lanes.LONG.length()) {
            long at = i * Long.BYTES;
            sum = sum.add(LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER));
        }
        return sum.reduceLanes(VectorOperators.ADD);
    }

    /** Two half-width loads a step, each widened into a full-width vector of double accumulators. */
    private static double simdFloat32(MemorySegment x, long from, long end) {
        DoubleVector low = DoubleVector.zero(Lanes.DOUBLE);
        DoubleVector high = DoubleVector.zero(Lanes.DOUBLE);
        long halfBytes = (long) Lanes.FLOAT_HALF.length() * Float.BYTES;
        for (long i = from; i < end; i += Lanes.FLOAT.length()) {
            long at = i * Float.BYTES;
            low = low.add(FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x, at, ORDER)
                    .convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0));
            high = high.add(FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x, at + halfBytes, ORDER)
                    .convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0));
        }
        return low.add(high).reduceLanes(VectorOperators.ADD);
    }

    private static double simdFloat64(MemorySegment x, long from, long end) {
        DoubleVector sum = DoubleVector.zero(Lanes.DOUBLE);
        for (long i = from; i < end; i += Lanes.DOUBLE.length()) {
            long at = i * Double.BYTES;
            sum = sum.add(DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER));
        }
        return sum.reduceLanes(VectorOperators.ADD);
    }

    /** One pass in element order: a {@code long} sum for integers (wrapping), a {@code double} one for floats. */
    @Override
    public Number reference(Operands in) {
        DType type = in.type();
        if (type.integral()) {
            long sum = 0;
            for (long i = 0; i < in.length(); i++) {
                sum += type.getAsLong(in.x(), i);
            }
            return sum;
        }
        double sum = 0;
        for (long i = 0; i < in.length(); i++) {
            sum += type.getAsDouble(in.x(), i);
        }
        return sum;
    }

    /** Integers exactly; floats within {@link #TOLERANCE} of the sum of magnitudes. */
    @Override
    public double tolerance(Operands in, Number expected) {
        return in.type().integral() ? 0 : TOLERANCE * magnitude(in);
    }

    /** The sum of magnitudes of {@code in}'s elements, the scale against which float sums are compared. */
    static double magnitude(Operands in) {
        double total = 0;
        for (long i = 0; i < in.length(); i++) {
            total += Math.abs(in.type().getAsDouble(in.x(), i));
        }
        return total;
    }

    @Override
    public Number combine(Number left, Number right) {
        if (left instanceof Long l && right instanceof Long r) {
            return l + r;
        }
        return left.doubleValue() + right.doubleValue();
    }

    @Override
    public Number finish(Number whole, long length) {
        return whole;
    }

    @Override
    public Number plain(Operands in) {
        MemorySegment x = in.x();
        return switch (in.type()) {
            case INT32 -> plain(JavaArrays.ints(x));
            case INT64 -> plain(JavaArrays.longs(x));
            case FLOAT32 -> plain(JavaArrays.floats(x));
            case FLOAT64 -> plain(JavaArrays.doubles(x));
        };
    }

    private static long plain(int[] a) {
        long sum = 0;
        for (int v : a) {
            sum += v;
        }
        return sum;
    }

    private static long plain(long[] a) {
        long sum = 0;
        for (long v : a) {
            sum += v;
        }
        return sum;
    }

    private static double plain(float[] a) {
        double sum = 0;
        for (float v : a) {
            sum += v;
        }
        return sum;
    }

    private static double plain(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        return sum;
    }
}

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
        switch (in.type()) {
            case INT32 -> {
                long sum = 0;
                if (x.heapBase().orElse(null) instanceof int[] a) {
                    for (int i = JavaArrays.index(x, Integer.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        sum += a[i];
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        sum += x.getAtIndex(JAVA_INT_UNALIGNED, at);
                    }
                }
                return sum;
            }
            case INT64 -> {
                long sum = 0;
                if (x.heapBase().orElse(null) instanceof long[] a) {
                    for (int i = JavaArrays.index(x, Long.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        sum += a[i];
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        sum += x.getAtIndex(JAVA_LONG_UNALIGNED, at);
                    }
                }
                return sum;
            }
            case FLOAT32 -> {
                double sum = 0;
                if (x.heapBase().orElse(null) instanceof float[] a) {
                    for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        sum += a[i];
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        sum += x.getAtIndex(JAVA_FLOAT_UNALIGNED, at);
                    }
                }
                return sum;
            }
            default -> {
                double sum = 0;
                if (x.heapBase().orElse(null) instanceof double[] a) {
                    for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + Ranges.count(from, to); i < end; i++) {
                        sum += a[i];
                    }
                } else {
                    for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                        long at = from + i;
                        sum += x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at);
                    }
                }
                return sum;
            }
        }
    }

    @Override
    public Number simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        long i = from;
        Number body;
        switch (in.type()) {
            case INT32 -> {
                LongVector low = LongVector.zero(Lanes.LONG);
                LongVector high = LongVector.zero(Lanes.LONG);
                long halfBytes = (long) Lanes.INT_HALF.length() * Integer.BYTES;
                for (long bound = from + Lanes.INT.loopBound(to - from); i < bound; i += Lanes.INT.length()) {
                    long at = i * Integer.BYTES;
                    low = low.add(IntVector.fromMemorySegment(Lanes.INT_HALF, x, at, ORDER)
                            .convertShape(VectorOperators.I2L, Lanes.LONG, 0));
                    high = high.add(IntVector.fromMemorySegment(Lanes.INT_HALF, x, at + halfBytes, ORDER)
                            .convertShape(VectorOperators.I2L, Lanes.LONG, 0));
                }
                body = low.add(high).reduceLanes(VectorOperators.ADD);
            }
            case INT64 -> {
                LongVector sum = LongVector.zero(Lanes.LONG);
                for (long bound = from + Lanes.LONG.loopBound(to - from); i < bound; i += Lanes.LONG.length()) {
                    sum = sum.add(LongVector.fromMemorySegment(Lanes.LONG, x, i * Long.BYTES, ORDER));
                }
                body = sum.reduceLanes(VectorOperators.ADD);
            }
            case FLOAT32 -> {
                DoubleVector low = DoubleVector.zero(Lanes.DOUBLE);
                DoubleVector high = DoubleVector.zero(Lanes.DOUBLE);
                long halfBytes = (long) Lanes.FLOAT_HALF.length() * Float.BYTES;
                for (long bound = from + Lanes.FLOAT.loopBound(to - from); i < bound; i += Lanes.FLOAT.length()) {
                    long at = i * Float.BYTES;
                    low = low.add(FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x, at, ORDER)
                            .convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0));
                    high = high.add(FloatVector.fromMemorySegment(Lanes.FLOAT_HALF, x, at + halfBytes, ORDER)
                            .convertShape(VectorOperators.F2D, Lanes.DOUBLE, 0));
                }
                body = low.add(high).reduceLanes(VectorOperators.ADD);
            }
            default -> {
                DoubleVector sum = DoubleVector.zero(Lanes.DOUBLE);
                for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound;
                        i += Lanes.DOUBLE.length()) {
                    sum = sum.add(DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, i * Double.BYTES, ORDER));
                }
                body = sum.reduceLanes(VectorOperators.ADD);
            }
        }
        return combine(body, scalar(in, i, to));
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
        switch (in.type()) {
            case INT32 -> {
                long sum = 0;
                for (int v : JavaArrays.ints(in.x())) {
                    sum += v;
                }
                return sum;
            }
            case INT64 -> {
                long sum = 0;
                for (long v : JavaArrays.longs(in.x())) {
                    sum += v;
                }
                return sum;
            }
            case FLOAT32 -> {
                double sum = 0;
                for (float v : JavaArrays.floats(in.x())) {
                    sum += v;
                }
                return sum;
            }
            default -> {
                double sum = 0;
                for (double v : JavaArrays.doubles(in.x())) {
                    sum += v;
                }
                return sum;
            }
        }
    }
}

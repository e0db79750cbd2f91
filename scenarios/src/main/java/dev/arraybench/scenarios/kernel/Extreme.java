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
 * The smallest ({@code min}) or largest ({@code max}) element, a read-only reduction: a {@link Long} for
 * integer types and a {@link Double} for floats (ordered as {@link Math#min}/{@link Math#max} order them),
 * {@code NaN} for no elements. The direction is a loop-invariant test that the JIT hoists out of the loops.
 */
public abstract sealed class Extreme implements ReductionOp<Number> permits Min, Max {

    private final boolean smallest;

    Extreme(boolean smallest) {
        this.smallest = smallest;
    }

    @Override
    public String name() {
        return smallest ? "min" : "max";
    }

    @Override
    public String description() {
        return (smallest ? "smallest" : "largest") + " element (read-only)";
    }

    @Override
    public Number scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        int count = Ranges.count(from, to);
        return switch (in.type()) {
            case INT32 -> (long) scalarInt32(smallest, x, from, count);
            case INT64 -> scalarInt64(smallest, x, from, count);
            case FLOAT32 -> (double) scalarFloat32(smallest, x, from, count);
            case FLOAT64 -> scalarFloat64(smallest, x, from, count);
        };
    }

    /**
     * Four accumulators, each over every fourth element, merged at the end. {@code Math.min} and
     * {@code Math.max} are associative and commutative, so the answer is the one-accumulator loop's; one
     * accumulator makes each element wait on the compare-and-select of the one before (about 2 cycles an
     * element), four take that chain off the critical path and the loop runs about twice as fast (still
     * scalar). Floats keep one accumulator: their {@code Math.min}/{@code max} cost several instructions
     * each whatever the chain (four accumulators measured no faster), see docs/performance.md.
     */
    private static int scalarInt32(boolean min, MemorySegment x, long from, int count) {
        int b0 = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        int b1 = b0;
        int b2 = b0;
        int b3 = b0;
        int fours = count & ~3;
        if (x.heapBase().orElse(null) instanceof int[] a) {
            int start = JavaArrays.index(x, Integer.BYTES, from);
            for (int i = 0; i < fours; i += 4) {
                b0 = pick(min, b0, a[start + i]);
                b1 = pick(min, b1, a[start + i + 1]);
                b2 = pick(min, b2, a[start + i + 2]);
                b3 = pick(min, b3, a[start + i + 3]);
            }
            for (int i = fours; i < count; i++) {
                b0 = pick(min, b0, a[start + i]);
            }
        } else {
            for (int i = 0; i < fours; i += 4) {
                long at = from + i;
                b0 = pick(min, b0, x.getAtIndex(JAVA_INT_UNALIGNED, at));
                b1 = pick(min, b1, x.getAtIndex(JAVA_INT_UNALIGNED, at + 1));
                b2 = pick(min, b2, x.getAtIndex(JAVA_INT_UNALIGNED, at + 2));
                b3 = pick(min, b3, x.getAtIndex(JAVA_INT_UNALIGNED, at + 3));
            }
            for (int i = fours; i < count; i++) {
                long at = from + i;
                b0 = pick(min, b0, x.getAtIndex(JAVA_INT_UNALIGNED, at));
            }
        }
        return pick(min, pick(min, b0, b1), pick(min, b2, b3));
    }

    /** Four accumulators, as {@link #scalarInt32} explains. */
    private static long scalarInt64(boolean min, MemorySegment x, long from, int count) {
        long b0 = min ? Long.MAX_VALUE : Long.MIN_VALUE;
        long b1 = b0;
        long b2 = b0;
        long b3 = b0;
        int fours = count & ~3;
        if (x.heapBase().orElse(null) instanceof long[] a) {
            int start = JavaArrays.index(x, Long.BYTES, from);
            for (int i = 0; i < fours; i += 4) {
                b0 = pick(min, b0, a[start + i]);
                b1 = pick(min, b1, a[start + i + 1]);
                b2 = pick(min, b2, a[start + i + 2]);
                b3 = pick(min, b3, a[start + i + 3]);
            }
            for (int i = fours; i < count; i++) {
                b0 = pick(min, b0, a[start + i]);
            }
        } else {
            for (int i = 0; i < fours; i += 4) {
                long at = from + i;
                b0 = pick(min, b0, x.getAtIndex(JAVA_LONG_UNALIGNED, at));
                b1 = pick(min, b1, x.getAtIndex(JAVA_LONG_UNALIGNED, at + 1));
                b2 = pick(min, b2, x.getAtIndex(JAVA_LONG_UNALIGNED, at + 2));
                b3 = pick(min, b3, x.getAtIndex(JAVA_LONG_UNALIGNED, at + 3));
            }
            for (int i = fours; i < count; i++) {
                long at = from + i;
                b0 = pick(min, b0, x.getAtIndex(JAVA_LONG_UNALIGNED, at));
            }
        }
        return pick(min, pick(min, b0, b1), pick(min, b2, b3));
    }

    /** One accumulator, as {@link #scalarInt32} explains. */
    private static float scalarFloat32(boolean min, MemorySegment x, long from, int count) {
        float best = min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        if (x.heapBase().orElse(null) instanceof float[] a) {
            for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + count; i < end; i++) {
                best = pick(min, best, a[i]);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                best = pick(min, best, x.getAtIndex(JAVA_FLOAT_UNALIGNED, at));
            }
        }
        return best;
    }

    private static double scalarFloat64(boolean min, MemorySegment x, long from, int count) {
        double best = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        if (x.heapBase().orElse(null) instanceof double[] a) {
            for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + count; i < end; i++) {
                best = pick(min, best, a[i]);
            }
        } else {
            for (int i = 0; i < count; i++) {
                long at = from + i;
                best = pick(min, best, x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at));
            }
        }
        return best;
    }

    /** The smaller ({@code min}) or larger of two values, as {@link Math#min}/{@link Math#max} order them. */
    private static int pick(boolean min, int a, int b) {
        return min ? Math.min(a, b) : Math.max(a, b);
    }

    private static long pick(boolean min, long a, long b) {
        return min ? Math.min(a, b) : Math.max(a, b);
    }

    private static float pick(boolean min, float a, float b) {
        return min ? Math.min(a, b) : Math.max(a, b);
    }

    private static double pick(boolean min, double a, double b) {
        return min ? Math.min(a, b) : Math.max(a, b);
    }

    @Override
    public Number simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        long end = Lanes.end(in.type(), from, to);
        Number body = switch (in.type()) {
            case INT32 -> (long) simdInt32(smallest, x, from, end);
            case INT64 -> simdInt64(smallest, x, from, end);
            case FLOAT32 -> (double) simdFloat32(smallest, x, from, end);
            case FLOAT64 -> simdFloat64(smallest, x, from, end);
        };
        return combine(body, scalar(in, end, to));
    }

    private static int simdInt32(boolean min, MemorySegment x, long from, long end) {
        IntVector best = IntVector.broadcast(Lanes.INT, min ? Integer.MAX_VALUE : Integer.MIN_VALUE);
        for (long i = from; i < end; i += Lanes.INT.length()) {
            long at = i * Integer.BYTES;
            IntVector v = IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER);
            best = min ? best.min(v) : best.max(v);
        }
        return best.reduceLanes(min ? VectorOperators.MIN : VectorOperators.MAX);
    }

    private static long simdInt64(boolean min, MemorySegment x, long from, long end) {
        LongVector best = LongVector.broadcast(Lanes.LONG, min ? Long.MAX_VALUE : Long.MIN_VALUE);
        for (long i = from; i < end; i += Lanes.LONG.length()) {
            long at = i * Long.BYTES;
            LongVector v = LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER);
            best = min ? best.min(v) : best.max(v);
        }
        return best.reduceLanes(min ? VectorOperators.MIN : VectorOperators.MAX);
    }

    private static float simdFloat32(boolean min, MemorySegment x, long from, long end) {
        FloatVector best = FloatVector.broadcast(Lanes.FLOAT,
                min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
        for (long i = from; i < end; i += Lanes.FLOAT.length()) {
            long at = i * Float.BYTES;
            FloatVector v = FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER);
            best = min ? best.min(v) : best.max(v);
        }
        return best.reduceLanes(min ? VectorOperators.MIN : VectorOperators.MAX);
    }

    private static double simdFloat64(boolean min, MemorySegment x, long from, long end) {
        DoubleVector best = DoubleVector.broadcast(Lanes.DOUBLE,
                min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        for (long i = from; i < end; i += Lanes.DOUBLE.length()) {
            long at = i * Double.BYTES;
            DoubleVector v = DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER);
            best = min ? best.min(v) : best.max(v);
        }
        return best.reduceLanes(min ? VectorOperators.MIN : VectorOperators.MAX);
    }

    /** One pass in element order, in {@code long} for integers and {@code double} for floats. */
    @Override
    public Number reference(Operands in) {
        if (in.length() == 0) {
            return Double.NaN;
        }
        Number best = null;
        for (long i = 0; i < in.length(); i++) {
            Number v = in.type().integral()
                    ? (Number) in.type().getAsLong(in.x(), i) : (Number) in.type().getAsDouble(in.x(), i);
            best = best == null ? v : combine(best, v);
        }
        return best;
    }

    @Override
    public Number combine(Number left, Number right) {
        if (left instanceof Long l && right instanceof Long r) {
            return pick(smallest, l, r);
        }
        return pick(smallest, left.doubleValue(), right.doubleValue());
    }

    @Override
    public Number finish(Number whole, long length) {
        return length == 0 ? Double.NaN : whole;
    }

    @Override
    public Number plain(Operands in) {
        MemorySegment x = in.x();
        return finish(switch (in.type()) {
            case INT32 -> (long) plain(smallest, JavaArrays.ints(x));
            case INT64 -> plain(smallest, JavaArrays.longs(x));
            case FLOAT32 -> (double) plain(smallest, JavaArrays.floats(x));
            case FLOAT64 -> plain(smallest, JavaArrays.doubles(x));
        }, in.length());
    }

    private static int plain(boolean min, int[] a) {
        int best = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (int v : a) {
            best = min ? Math.min(best, v) : Math.max(best, v);
        }
        return best;
    }

    private static long plain(boolean min, long[] a) {
        long best = min ? Long.MAX_VALUE : Long.MIN_VALUE;
        for (long v : a) {
            best = min ? Math.min(best, v) : Math.max(best, v);
        }
        return best;
    }

    private static float plain(boolean min, float[] a) {
        float best = min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        for (float v : a) {
            best = min ? Math.min(best, v) : Math.max(best, v);
        }
        return best;
    }

    private static double plain(boolean min, double[] a) {
        double best = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (double v : a) {
            best = min ? Math.min(best, v) : Math.max(best, v);
        }
        return best;
    }
}

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

    /**
     * Integers: four accumulators, each over every fourth element, merged at the end. {@code Math.min} and
     * {@code Math.max} are associative and commutative, so the answer is the one-accumulator loop's; one
     * accumulator makes each element wait on the compare-and-select of the one before (about 2 cycles an
     * element), four take that chain off the critical path and the loop runs about twice as fast (still
     * scalar). Floats keep one accumulator: their {@code Math.min}/{@code max} cost several instructions
     * each whatever the chain (four accumulators measured no faster), see docs/performance.md.
     */
    @Override
    public Number scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        boolean min = smallest;
        int count = Ranges.count(from, to);
        int tail = count & ~3;
        switch (in.type()) {
            case INT32 -> {
                int b0 = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                int b1 = b0;
                int b2 = b0;
                int b3 = b0;
                if (x.heapBase().orElse(null) instanceof int[] a) {
                    int o = JavaArrays.index(x, Integer.BYTES, from);
                    for (int i = 0; i < tail; i += 4) {
                        b0 = pick(min, b0, a[o + i]);
                        b1 = pick(min, b1, a[o + i + 1]);
                        b2 = pick(min, b2, a[o + i + 2]);
                        b3 = pick(min, b3, a[o + i + 3]);
                    }
                    for (int i = tail; i < count; i++) {
                        b0 = pick(min, b0, a[o + i]);
                    }
                } else {
                    for (int i = 0; i < tail; i += 4) {
                        long at = from + i;
                        b0 = pick(min, b0, x.getAtIndex(JAVA_INT_UNALIGNED, at));
                        b1 = pick(min, b1, x.getAtIndex(JAVA_INT_UNALIGNED, at + 1));
                        b2 = pick(min, b2, x.getAtIndex(JAVA_INT_UNALIGNED, at + 2));
                        b3 = pick(min, b3, x.getAtIndex(JAVA_INT_UNALIGNED, at + 3));
                    }
                    for (int i = tail; i < count; i++) {
                        int v = x.getAtIndex(JAVA_INT_UNALIGNED, from + i);
                        b0 = pick(min, b0, v);
                    }
                }
                return (long) pick(min, pick(min, b0, b1), pick(min, b2, b3));
            }
            case INT64 -> {
                long b0 = min ? Long.MAX_VALUE : Long.MIN_VALUE;
                long b1 = b0;
                long b2 = b0;
                long b3 = b0;
                if (x.heapBase().orElse(null) instanceof long[] a) {
                    int o = JavaArrays.index(x, Long.BYTES, from);
                    for (int i = 0; i < tail; i += 4) {
                        b0 = pick(min, b0, a[o + i]);
                        b1 = pick(min, b1, a[o + i + 1]);
                        b2 = pick(min, b2, a[o + i + 2]);
                        b3 = pick(min, b3, a[o + i + 3]);
                    }
                    for (int i = tail; i < count; i++) {
                        b0 = pick(min, b0, a[o + i]);
                    }
                } else {
                    for (int i = 0; i < tail; i += 4) {
                        long at = from + i;
                        b0 = pick(min, b0, x.getAtIndex(JAVA_LONG_UNALIGNED, at));
                        b1 = pick(min, b1, x.getAtIndex(JAVA_LONG_UNALIGNED, at + 1));
                        b2 = pick(min, b2, x.getAtIndex(JAVA_LONG_UNALIGNED, at + 2));
                        b3 = pick(min, b3, x.getAtIndex(JAVA_LONG_UNALIGNED, at + 3));
                    }
                    for (int i = tail; i < count; i++) {
                        long v = x.getAtIndex(JAVA_LONG_UNALIGNED, from + i);
                        b0 = pick(min, b0, v);
                    }
                }
                return pick(min, pick(min, b0, b1), pick(min, b2, b3));
            }
            case FLOAT32 -> {
                float best = min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
                if (x.heapBase().orElse(null) instanceof float[] a) {
                    for (int i = JavaArrays.index(x, Float.BYTES, from), end = i + count; i < end; i++) {
                        float v = a[i];
                        best = pick(min, best, v);
                    }
                } else {
                    for (int i = 0; i < count; i++) {
                        long at = from + i;
                        float v = x.getAtIndex(JAVA_FLOAT_UNALIGNED, at);
                        best = pick(min, best, v);
                    }
                }
                return (double) best;
            }
            default -> {
                double best = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                if (x.heapBase().orElse(null) instanceof double[] a) {
                    for (int i = JavaArrays.index(x, Double.BYTES, from), end = i + count; i < end; i++) {
                        double v = a[i];
                        best = pick(min, best, v);
                    }
                } else {
                    for (int i = 0; i < count; i++) {
                        long at = from + i;
                        double v = x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at);
                        best = pick(min, best, v);
                    }
                }
                return best;
            }
        }
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
        boolean min = smallest;
        VectorOperators.Associative across = min ? VectorOperators.MIN : VectorOperators.MAX;
        long i = from;
        Number body;
        switch (in.type()) {
            case INT32 -> {
                IntVector best = IntVector.broadcast(Lanes.INT, min ? Integer.MAX_VALUE : Integer.MIN_VALUE);
                for (long bound = from + Lanes.INT.loopBound(to - from); i < bound; i += Lanes.INT.length()) {
                    IntVector v = IntVector.fromMemorySegment(Lanes.INT, x, i * Integer.BYTES, ORDER);
                    best = min ? best.min(v) : best.max(v);
                }
                body = (long) best.reduceLanes(across);
            }
            case INT64 -> {
                LongVector best = LongVector.broadcast(Lanes.LONG, min ? Long.MAX_VALUE : Long.MIN_VALUE);
                for (long bound = from + Lanes.LONG.loopBound(to - from); i < bound; i += Lanes.LONG.length()) {
                    LongVector v = LongVector.fromMemorySegment(Lanes.LONG, x, i * Long.BYTES, ORDER);
                    best = min ? best.min(v) : best.max(v);
                }
                body = best.reduceLanes(across);
            }
            case FLOAT32 -> {
                FloatVector best = FloatVector.broadcast(Lanes.FLOAT,
                        min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
                for (long bound = from + Lanes.FLOAT.loopBound(to - from); i < bound; i += Lanes.FLOAT.length()) {
                    FloatVector v = FloatVector.fromMemorySegment(Lanes.FLOAT, x, i * Float.BYTES, ORDER);
                    best = min ? best.min(v) : best.max(v);
                }
                body = (double) best.reduceLanes(across);
            }
            default -> {
                DoubleVector best = DoubleVector.broadcast(Lanes.DOUBLE,
                        min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound;
                        i += Lanes.DOUBLE.length()) {
                    DoubleVector v = DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, i * Double.BYTES, ORDER);
                    best = min ? best.min(v) : best.max(v);
                }
                body = best.reduceLanes(across);
            }
        }
        return combine(body, scalar(in, i, to));
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
        double l = left.doubleValue();
        double r = right.doubleValue();
        return pick(smallest, l, r);
    }

    @Override
    public Number finish(Number whole, long length) {
        return length == 0 ? Double.NaN : whole;
    }

    @Override
    public Number plain(Operands in) {
        boolean min = smallest;
        switch (in.type()) {
            case INT32 -> {
                int[] a = JavaArrays.ints(in.x());
                int best = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                for (int v : a) {
                    best = min ? Math.min(best, v) : Math.max(best, v);
                }
                return finish((long) best, a.length);
            }
            case INT64 -> {
                long[] a = JavaArrays.longs(in.x());
                long best = min ? Long.MAX_VALUE : Long.MIN_VALUE;
                for (long v : a) {
                    best = min ? Math.min(best, v) : Math.max(best, v);
                }
                return finish(best, a.length);
            }
            case FLOAT32 -> {
                float[] a = JavaArrays.floats(in.x());
                float best = min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
                for (float v : a) {
                    best = min ? Math.min(best, v) : Math.max(best, v);
                }
                return finish((double) best, a.length);
            }
            default -> {
                double[] a = JavaArrays.doubles(in.x());
                double best = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                for (double v : a) {
                    best = min ? Math.min(best, v) : Math.max(best, v);
                }
                return finish(best, a.length);
            }
        }
    }
}

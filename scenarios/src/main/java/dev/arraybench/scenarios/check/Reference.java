package dev.arraybench.scenarios.check;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.Clip;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Poly;
import dev.arraybench.scenarios.kernel.Scale;
import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * What every op must compute, written as plain element-at-a-time code independent of the range kernels:
 * integers as {@code long} narrowed to their type after every operation, floats as {@code double} rounded to
 * their type after every operation (which gives exactly the float result of {@code +}, {@code *},
 * {@code min} and {@code max}). Reductions are computed sequentially in one obvious way.
 */
final class Reference {

    private Reference() {
    }

    /** The new value of an integer element {@code v} (with second input {@code w}) after an in-place op. */
    static long element(Op op, DType type, long v, long w) {
        long result = switch (op) {
            case Scale scale -> v * (long) scale.factor();
            case Clip clip -> Math.min(Math.max(v, narrowBound(type, clip.integerLo())),
                    narrowBound(type, clip.integerHi()));
            case Poly ignored -> horner(type, v);
            default -> v + w;
        };
        return narrow(type, result);
    }

    /** The new value of a float element {@code v} (with second input {@code w}) after an in-place op. */
    static double element(Op op, DType type, double v, double w) {
        return switch (op) {
            case Scale scale -> round(type, v * round(type, scale.factor()));
            case Clip clip -> Math.min(Math.max(v, round(type, clip.lo())), round(type, clip.hi()));
            case Poly ignored -> horner(type, v);
            default -> round(type, v + w);
        };
    }

    /** The result of a reduction of an integer array, as the op documents it. */
    static Number reduceIntegers(Op op, ArrayData data) {
        MemorySegment x = data.segment();
        DType type = data.type();
        long n = data.length();
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long i = 0; i < n; i++) {
            long v = type.getAsLong(x, i);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        Number empty = Double.NaN;
        return switch (op.name()) {
            case "sum" -> Long.valueOf(sum);
            case "mean" -> n == 0 ? empty : Double.valueOf((double) sum / n);
            case "min" -> n == 0 ? empty : Long.valueOf(min);
            case "max" -> n == 0 ? empty : Long.valueOf(max);
            default -> variance(data);
        };
    }

    /** The result of a reduction of a float array, computed sequentially in double precision. */
    static Number reduceReals(Op op, ArrayData data) {
        MemorySegment x = data.segment();
        DType type = data.type();
        long n = data.length();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (long i = 0; i < n; i++) {
            double v = type.getAsDouble(x, i);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return switch (op.name()) {
            case "sum" -> sum;
            case "mean" -> n == 0 ? Double.NaN : sum / n;
            case "min" -> n == 0 ? Double.NaN : min;
            case "max" -> n == 0 ? Double.NaN : max;
            default -> variance(data);
        };
    }

    /** The sum of magnitudes, the scale against which float sums are compared. */
    static double magnitude(ArrayData data) {
        double total = 0;
        for (long i = 0; i < data.length(); i++) {
            total += Math.abs(data.type().getAsDouble(data.segment(), i));
        }
        return total;
    }

    /** Population variance by the textbook two passes. */
    private static Double variance(ArrayData data) {
        long n = data.length();
        if (n == 0) {
            return Double.NaN;
        }
        MemorySegment x = data.segment();
        double mean = 0;
        for (long i = 0; i < n; i++) {
            mean += data.type().getAsDouble(x, i);
        }
        mean /= n;
        double squares = 0;
        for (long i = 0; i < n; i++) {
            double d = data.type().getAsDouble(x, i) - mean;
            squares += d * d;
        }
        return squares / n;
    }

    private static long horner(DType type, long v) {
        List<Long> c = Poly.INTEGER_COEFFICIENTS;
        long result = narrow(type, c.getLast());
        for (int k = c.size() - 2; k >= 0; k--) {
            result = narrow(type, narrow(type, result * v) + narrow(type, c.get(k)));
        }
        return result;
    }

    private static double horner(DType type, double v) {
        List<Double> c = Poly.REAL_COEFFICIENTS;
        double result = round(type, c.getLast());
        for (int k = c.size() - 2; k >= 0; k--) {
            result = round(type, round(type, result * v) + round(type, c.get(k)));
        }
        return result;
    }

    private static long narrowBound(DType type, long bound) {
        return type == DType.INT32 ? Math.clamp(bound, Integer.MIN_VALUE, Integer.MAX_VALUE) : bound;
    }

    private static long narrow(DType type, long v) {
        return type == DType.INT32 ? (int) v : v;
    }

    private static double round(DType type, double v) {
        return type == DType.FLOAT32 ? (float) v : v;
    }
}

package dev.arraybench.core.strategy;

import dev.arraybench.core.data.ArrayData;
import dev.arraybench.core.data.DType;
import dev.arraybench.core.kernel.Clip;
import dev.arraybench.core.kernel.Op;
import dev.arraybench.core.kernel.Ops;
import dev.arraybench.core.kernel.Poly;
import java.util.List;

/**
 * Plain scalar loops over plain Java arrays that say what every op must compute, independently of the
 * segment-based kernels: integers as {@code long} narrowed to their type, floats as {@code double} rounded
 * to their type after every operation (which gives exactly the float result for +, * and min/max).
 */
final class Reference {

    private Reference() {
    }

    /** The elements of {@code data} as numbers: integers exactly, floats exactly widened. */
    static double[] reals(ArrayData data) {
        double[] values = new double[Math.toIntExact(data.length())];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.type().getAsDouble(data.segment(), i);
        }
        return values;
    }

    /** The elements of an integer {@code data} as {@code long}s. */
    static long[] integers(ArrayData data) {
        long[] values = new long[Math.toIntExact(data.length())];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.type().getAsLong(data.segment(), i);
        }
        return values;
    }

    /** What an in-place op leaves in {@code x} of an integer type. */
    static long[] inPlace(Op op, DType type, long[] x, long[] y) {
        long[] out = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            long v = x[i];
            long result = switch (op.name()) {
                case "scale" -> v * (long) Ops.SCALE_FACTOR;
                case "add" -> v + y[i];
                case "clip" -> clip((Clip) op, type, v);
                case "poly" -> horner(type, v);
                default -> throw new IllegalArgumentException(op.name());
            };
            out[i] = type == DType.INT32 ? (int) result : result;
        }
        return out;
    }

    /** What an in-place op leaves in {@code x} of a floating-point type. */
    static double[] inPlace(Op op, DType type, double[] x, double[] y) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            out[i] = switch (op.name()) {
                case "scale" -> round(type, v * round(type, Ops.SCALE_FACTOR));
                case "add" -> round(type, v + y[i]);
                case "clip" -> Math.min(Math.max(v, round(type, ((Clip) op).lo())), round(type, ((Clip) op).hi()));
                case "poly" -> horner(type, v);
                default -> throw new IllegalArgumentException(op.name());
            };
        }
        return out;
    }

    /** The exact result of a reduction of integers, as the op's documented semantics define it. */
    static Number reduce(Op op, long[] x) {
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : x) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        Number empty = Double.NaN;
        return switch (op.name()) {
            case "sum" -> Long.valueOf(sum);
            case "mean" -> x.length == 0 ? empty : Double.valueOf((double) sum / x.length);
            case "min" -> x.length == 0 ? empty : Long.valueOf(min);
            case "max" -> x.length == 0 ? empty : Long.valueOf(max);
            case "var" -> Double.valueOf(variance(toReals(x)));
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /** The result of a reduction of floats, computed sequentially in double precision. */
    static Number reduce(Op op, double[] x) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return switch (op.name()) {
            case "sum" -> sum;
            case "mean" -> x.length == 0 ? Double.NaN : sum / x.length;
            case "min" -> x.length == 0 ? Double.NaN : min;
            case "max" -> x.length == 0 ? Double.NaN : max;
            case "var" -> variance(x);
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /** The sum of magnitudes, the scale against which float reductions are compared. */
    static double magnitude(double[] x) {
        double total = 0;
        for (double v : x) {
            total += Math.abs(v);
        }
        return total;
    }

    static double[] toReals(long[] x) {
        double[] reals = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            reals[i] = x[i];
        }
        return reals;
    }

    private static double variance(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return squares / x.length;
    }

    private static long clip(Clip clip, DType type, long v) {
        long lo = clip.integerLo();
        long hi = clip.integerHi();
        if (type == DType.INT32) {
            lo = Math.clamp(lo, Integer.MIN_VALUE, Integer.MAX_VALUE);
            hi = Math.clamp(hi, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return Math.min(Math.max(v, lo), hi);
    }

    private static long horner(DType type, long v) {
        List<Long> c = Poly.INTEGER_COEFFICIENTS;
        long result = c.getLast();
        for (int k = c.size() - 2; k >= 0; k--) {
            result = narrow(type, narrow(type, result * v) + c.get(k));
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

    private static long narrow(DType type, long v) {
        return type == DType.INT32 ? (int) v : v;
    }

    private static double round(DType type, double v) {
        return type == DType.FLOAT32 ? (float) v : v;
    }
}

package dev.arraybench.core.result;

import dev.arraybench.core.data.DType;
import dev.arraybench.core.data.Sizes;
import dev.arraybench.core.kernel.Ops;
import dev.arraybench.core.traffic.TrafficModel;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Derives time per element and effective bandwidth from a score and the benchmark's {@code op},
 * {@code dtype} and {@code size} parameters. Benchmarks without them (the ceiling), or with values this
 * version does not know, get {@code NaN}s.
 */
public final class DerivedFigures {

    private DerivedFigures() {
    }

    /**
     * The derived figures of a time-per-operation score.
     *
     * @param unit JMH's unit such as {@code ns/op}, {@code us/op}, {@code ms/op} or {@code s/op}
     */
    public static Derived of(Map<String, String> params, double score, String unit, Double bytesAllocatedPerOp) {
        double nanosPerOp = nanosPerOp(score, unit);
        String size = params.get("size");
        String op = params.get("op");
        String dtype = params.get("dtype");
        if (Double.isNaN(nanosPerOp) || size == null) {
            return new Derived(Double.NaN, Double.NaN, bytesAllocatedPerOp);
        }
        long elements;
        try {
            elements = Sizes.parse(size);
        } catch (IllegalArgumentException e) {
            return new Derived(Double.NaN, Double.NaN, bytesAllocatedPerOp);
        }
        double perElement = elements == 0 ? Double.NaN : nanosPerOp / elements;
        double gbPerSecond = Double.NaN;
        if (op != null && dtype != null && elements > 0) {
            try {
                double bytes = TrafficModel.useful(Ops.byName(op), DType.parse(dtype)) * elements;
                gbPerSecond = bytes / nanosPerOp;
            } catch (IllegalArgumentException e) {
                gbPerSecond = Double.NaN;
            }
        }
        return new Derived(perElement, gbPerSecond, bytesAllocatedPerOp);
    }

    /** The score in nanoseconds per operation, {@code NaN} for a unit that is not time per operation. */
    public static double nanosPerOp(double score, String unit) {
        if (unit == null || !unit.endsWith("/op")) {
            return Double.NaN;
        }
        TimeUnit timeUnit = switch (unit.substring(0, unit.length() - 3)) {
            case "ns" -> TimeUnit.NANOSECONDS;
            case "us" -> TimeUnit.MICROSECONDS;
            case "ms" -> TimeUnit.MILLISECONDS;
            case "s" -> TimeUnit.SECONDS;
            default -> null;
        };
        return timeUnit == null ? Double.NaN : score * timeUnit.toNanos(1);
    }
}

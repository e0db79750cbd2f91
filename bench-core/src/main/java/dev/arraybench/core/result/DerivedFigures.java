package dev.arraybench.core.result;

import dev.arraybench.core.size.Sizes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Derives time per element and effective bandwidth from a score, the benchmark's size parameter and the
 * bytes it moves per element. Benchmarks without a readable size get {@code NaN}s; without bytes per
 * element, a {@code NaN} bandwidth.
 */
public final class DerivedFigures {

    /** The size parameter of arraybench's own scenarios and the default for other files. */
    public static final String SIZE = "size";

    private DerivedFigures() {
    }

    /**
     * The derived figures of a score.
     *
     * @param params the benchmark's parameters
     * @param sizeParam the parameter that holds the size in elements
     * @param unit JMH's unit such as {@code ns/op}, {@code us/op} or {@code ops/ms}
     * @param bytesPerElement bytes moved per element, {@code null} when not known
     */
    public static Derived of(Map<String, String> params, String sizeParam, double score, String unit,
            Double bytesAllocatedPerOp, Double bytesPerElement) {
        double nanosPerOp = nanosPerOp(score, unit);
        long elements = elements(params.get(sizeParam));
        if (Double.isNaN(nanosPerOp) || elements <= 0) {
            return new Derived(Double.NaN, Double.NaN, bytesAllocatedPerOp, bytesPerElement);
        }
        double gbPerSecond = bytesPerElement == null ? Double.NaN : bytesPerElement * elements / nanosPerOp;
        return new Derived(nanosPerOp / elements, gbPerSecond, bytesAllocatedPerOp, bytesPerElement);
    }

    /** The figures of {@code result} again, with {@code bytesPerElement} known. */
    public static BenchmarkResult withBytesPerElement(BenchmarkResult result, String sizeParam,
            double bytesPerElement) {
        Derived derived = of(result.params(), sizeParam, result.score(), result.unit(),
                result.derived() == null ? null : result.derived().bytesAllocatedPerOp(), bytesPerElement);
        return new BenchmarkResult(result.benchmark(), result.params(), result.mode(), result.unit(),
                result.score(), result.error(), result.confidenceLow(), result.confidenceHigh(), result.samples(),
                derived);
    }

    /** The elements {@code size} stands for, or -1 when it is missing or not a size. */
    public static long elements(String size) {
        if (size == null) {
            return -1;
        }
        try {
            return Sizes.parse(size);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * One operation's time in nanoseconds: a time-per-operation score scaled, a throughput score
     * ({@code ops/us}) inverted; {@code NaN} for a unit that is neither.
     */
    public static double nanosPerOp(double score, String unit) {
        if (unit != null && unit.startsWith("ops/")) {
            double perOp = nanos(unit.substring(4));
            return perOp / score;
        }
        if (unit == null || !unit.endsWith("/op")) {
            return Double.NaN;
        }
        return score * nanos(unit.substring(0, unit.length() - 3));
    }

    private static double nanos(String unit) {
        TimeUnit timeUnit = switch (unit) {
            case "ns" -> TimeUnit.NANOSECONDS;
            case "us" -> TimeUnit.MICROSECONDS;
            case "ms" -> TimeUnit.MILLISECONDS;
            case "s" -> TimeUnit.SECONDS;
            case "min" -> TimeUnit.MINUTES;
            default -> null;
        };
        return timeUnit == null ? Double.NaN : timeUnit.toNanos(1);
    }
}

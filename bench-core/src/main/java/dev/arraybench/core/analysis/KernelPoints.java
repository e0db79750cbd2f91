package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.core.data.Sizes;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.RunResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the kernel benchmarks out of a run: every result with the parameters {@code op}, {@code dtype},
 * {@code layout}, {@code strategy}, {@code threads} and {@code size}, whose size and thread count are
 * positive numbers and whose unit is a time or a throughput. Anything else (phase and ceiling scenarios,
 * unreadable values) is left out. When a case, variant and size was measured twice, the later result counts.
 */
public final class KernelPoints {

    /** Orders points by case, then variant, then size. */
    public static final Comparator<KernelPoint> ORDER = Comparator.comparing(KernelPoint::kase)
            .thenComparing(KernelPoint::variant).thenComparingLong(KernelPoint::size);

    private KernelPoints() {
    }

    /** The kernel benchmarks of {@code results}, ordered by case, variant and size. */
    public static List<KernelPoint> of(RunResults results) {
        Map<List<Object>, KernelPoint> latest = new LinkedHashMap<>();
        for (BenchmarkResult result : results.benchmarks()) {
            KernelPoint point = point(result);
            if (point != null) {
                latest.put(List.of(point.kase(), point.variant(), point.size()), point);
            }
        }
        List<KernelPoint> points = new ArrayList<>(latest.values());
        points.sort(ORDER);
        return List.copyOf(points);
    }

    private static KernelPoint point(BenchmarkResult result) {
        String op = result.param("op");
        String dtype = result.param("dtype");
        String layout = result.param("layout");
        String strategy = result.param("strategy");
        long size = positive(result.param("size"), true);
        long threads = positive(result.param("threads"), false);
        double[][] samples = Timing.nanosPerOp(result);
        if (op == null || dtype == null || layout == null || strategy == null || size <= 0 || threads <= 0
                || threads > Integer.MAX_VALUE || samples == null) {
            return null;
        }
        String pool = result.param("pool");
        Variant variant = new Variant(strategy, pool == null || !Variant.parallel(strategy) ? "" : pool,
                (int) threads);
        return new KernelPoint(new Case(op, dtype, layout), variant, size,
                result.param("size"), HierarchicalBootstrap.analysis().mean(samples), samples, result);
    }

    /** A positive count parsed from {@code text} (sizes may carry suffixes), or -1. */
    static long positive(String text, boolean size) {
        if (text == null) {
            return -1;
        }
        try {
            long value = size ? Sizes.parse(text) : Long.parseLong(text.trim());
            return value > 0 ? value : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}

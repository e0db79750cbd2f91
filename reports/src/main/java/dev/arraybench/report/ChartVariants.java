package dev.arraybench.report;

import dev.arraybench.core.analysis.KernelPoint;
import dev.arraybench.core.analysis.Variant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variants the size charts draw: each strategy once, on the most threads it ran with, so the lines stay
 * readable. Other thread counts appear in the thread scaling chart and the tables.
 */
final class ChartVariants {

    private ChartVariants() {
    }

    /** One variant per line in {@code points}, the one with the most threads, in display order. */
    static List<Variant> of(List<KernelPoint> points) {
        Map<String, Variant> most = new LinkedHashMap<>();
        for (KernelPoint point : points) {
            most.merge(point.variant().line(), point.variant(),
                    (a, b) -> a.threads() >= b.threads() ? a : b);
        }
        return most.values().stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** The largest thread count among {@code variants} that are parallel, 0 when none is. */
    static int parallelThreads(List<Variant> variants) {
        return variants.stream().filter(Variant::parallel).mapToInt(Variant::threads).max()
                .orElse(0);
    }

    /** A subtitle note saying which thread count parallel lines use, empty when none is parallel. */
    static String threadsNote(List<Variant> variants) {
        int threads = parallelThreads(variants);
        return threads == 0 ? "" : "; parallel strategies on " + threads + (threads == 1 ? " thread" : " threads");
    }
}

package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.HierarchicalBootstrap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Speedup of every variant against the baseline variant ({@code sequential} in arraybench's own files) of
 * the same case and size: the baseline's time over the variant's, with a bootstrap interval. The one place
 * a "vs baseline" figure is computed, for reports and the runner's table alike.
 *
 * <p>A variant is compared with the baseline of the same thread count when the file has one, and otherwise
 * with the baseline on one thread (the normal case: the baseline is serial). A variant without either has
 * no speedup.
 */
public final class Speedups {

    private Speedups() {
    }

    /** The speedup of every point that is not the baseline and has one, in the order of {@code points}. */
    public static List<Speedup> of(List<KernelPoint> points) {
        Map<List<Object>, KernelPoint> baselines = new HashMap<>();
        for (KernelPoint point : points) {
            if (point.variant().baseline()) {
                baselines.put(key(point.kase(), point.variant().threads(), point.size()), point);
            }
        }
        List<Speedup> speedups = new ArrayList<>();
        for (KernelPoint point : points) {
            if (point.variant().baseline()) {
                continue;
            }
            KernelPoint base = baselines.get(key(point.kase(), point.variant().threads(), point.size()));
            if (base == null) {
                base = baselines.get(key(point.kase(), 1, point.size()));
            }
            if (base != null) {
                speedups.add(new Speedup(point.kase(), point.variant(), point.size(), base.variant(),
                        HierarchicalBootstrap.analysis().ratio(base.samples(), point.samples())));
            }
        }
        return List.copyOf(speedups);
    }

    private static List<Object> key(Case kase, int threads, long size) {
        return List.of(kase, threads, size);
    }
}

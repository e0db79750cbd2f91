package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.HierarchicalBootstrap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Speedup of every variant against {@code sequential} of the same op, dtype, layout and size.
 *
 * <p>The baseline: {@code sequential} (and {@code simd}) run with {@code threads = 1} only, while parallel
 * strategies run with each requested thread count. So a variant is compared with the sequential result of
 * the same thread count when the file has one, and otherwise with the sequential result on one thread (the
 * normal case). A variant without either has no speedup.
 */
public final class Speedups {

    private Speedups() {
    }

    /** The speedup of every non-sequential point that has a baseline, in the order of {@code points}. */
    public static List<Speedup> of(List<KernelPoint> points) {
        Map<List<Object>, KernelPoint> sequential = new HashMap<>();
        for (KernelPoint point : points) {
            if (point.variant().sequential()) {
                sequential.put(key(point.kase(), point.variant().threads(), point.size()), point);
            }
        }
        List<Speedup> speedups = new ArrayList<>();
        for (KernelPoint point : points) {
            if (point.variant().sequential()) {
                continue;
            }
            KernelPoint base = sequential.get(key(point.kase(), point.variant().threads(), point.size()));
            if (base == null) {
                base = sequential.get(key(point.kase(), 1, point.size()));
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

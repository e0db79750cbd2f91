package dev.arraybench.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits every variant's sizes into win regions (see {@link WinRegion}) and names the caches at their edges. */
public final class WinRegions {

    private WinRegions() {
    }

    /**
     * One win region per case and variant of {@code speedups}, in the order they first appear; the caches
     * are placed by the bytes per element of {@code points} (or {@code bytesPerElement} when not null).
     */
    public static List<WinRegion> of(List<KernelPoint> points, List<Speedup> speedups, CacheSizes caches,
            Double bytesPerElement) {
        Map<List<Object>, Double> bytes = new HashMap<>();
        for (KernelPoint point : points) {
            Double value = point.bytesPerElement(bytesPerElement);
            if (value != null) {
                bytes.put(List.of(point.kase(), point.variant()), value);
            }
        }
        Map<List<Object>, List<Speedup>> series = new LinkedHashMap<>();
        for (Speedup speedup : speedups) {
            series.computeIfAbsent(List.of(speedup.kase(), speedup.variant()), key -> new ArrayList<>()).add(speedup);
        }
        List<WinRegion> regions = new ArrayList<>();
        series.forEach((key, one) -> {
            List<Speedup> bySize = one.stream().sorted((a, b) -> Long.compare(a.size(), b.size())).toList();
            regions.add(new WinRegion(bySize.get(0).kase(), bySize.get(0).variant(),
                    bands(bySize, caches, bytes.get(key))));
        });
        return List.copyOf(regions);
    }

    private static List<WinRegion.Band> bands(List<Speedup> bySize, CacheSizes caches, Double bytes) {
        List<WinRegion.Band> bands = new ArrayList<>();
        long from = bySize.get(0).size();
        long previousEnd = -1;
        WinRegion.Verdict verdict = verdict(bySize.get(0));
        for (int i = 1; i <= bySize.size(); i++) {
            WinRegion.Verdict next = i < bySize.size() ? verdict(bySize.get(i)) : null;
            if (next != verdict) {
                long to = bySize.get(i - 1).size();
                List<String> names = previousEnd < 0 || bytes == null ? List.of()
                        : caches.between(previousEnd, from, bytes).stream().map(CacheSizes.Cache::name).toList();
                bands.add(new WinRegion.Band(from, to, verdict, names));
                if (next != null) {
                    previousEnd = to;
                    from = bySize.get(i).size();
                    verdict = next;
                }
            }
        }
        return bands;
    }

    private static WinRegion.Verdict verdict(Speedup speedup) {
        if (speedup.reliablyFaster()) {
            return WinRegion.Verdict.FASTER;
        }
        return speedup.reliablySlower() ? WinRegion.Verdict.SLOWER : WinRegion.Verdict.UNDECIDED;
    }
}

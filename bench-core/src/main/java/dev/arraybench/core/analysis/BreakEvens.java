package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.core.stats.Interval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the break-even of every variant (see {@link BreakEven}). Each bootstrap resample redraws every
 * size's forks, then iterations, for the baseline and the variant alike ({@link
 * HierarchicalBootstrap#resampledMeans}), and takes the crossing of that resample's speedup profile.
 *
 * <p>The crossing is where a monotone fit crosses 1: the log speedups are fitted by the closest
 * non-decreasing sequence (isotonic regression, pooling adjacent violators), and the crossing is
 * interpolated between the last size fitted at or below 1 and the first above it, linearly in speedup and
 * in log size. One point that dips below 1 among faster sizes is pooled with its neighbours instead of
 * moving the answer past itself; a profile that is truly slower over a band of sizes still fits below 1
 * there. Where the variant is faster in some band and slower above it, the win regions say so.
 */
public final class BreakEvens {

    /** How far from the estimate, as a factor, the cost models take their sizes. */
    static final double NEAR = 16;

    private BreakEvens() {
    }

    /**
     * One break-even per case and variant of {@code speedups}, in the order they first appear; the series
     * are read from {@code points}, the caches and bytes per element choose the sizes the cost models fit.
     */
    public static List<BreakEven> of(List<KernelPoint> points, List<Speedup> speedups, CacheSizes caches,
            Double bytesPerElement) {
        Map<List<Object>, KernelPoint> byKey = new HashMap<>();
        for (KernelPoint point : points) {
            byKey.put(List.of(point.kase(), point.variant(), point.size()), point);
        }
        Map<List<Object>, List<Speedup>> series = new LinkedHashMap<>();
        for (Speedup speedup : speedups) {
            series.computeIfAbsent(List.of(speedup.kase(), speedup.variant()), key -> new ArrayList<>()).add(speedup);
        }
        List<BreakEven> found = new ArrayList<>();
        for (List<Speedup> one : series.values()) {
            List<Speedup> bySize = one.stream().sorted((a, b) -> Long.compare(a.size(), b.size())).toList();
            List<KernelPoint> base = new ArrayList<>();
            List<KernelPoint> variant = new ArrayList<>();
            for (Speedup s : bySize) {
                base.add(byKey.get(List.of(s.kase(), s.baseline(), s.size())));
                variant.add(byKey.get(List.of(s.kase(), s.variant(), s.size())));
            }
            found.add(ofSeries(base, variant, caches, bytesPerElement));
        }
        return List.copyOf(found);
    }

    /** The break-even of one variant from its points and the baseline's, both sorted by size, size for size. */
    static BreakEven ofSeries(List<KernelPoint> base, List<KernelPoint> variant, CacheSizes caches,
            Double bytesPerElement) {
        HierarchicalBootstrap bootstrap = HierarchicalBootstrap.analysis();
        int count = base.size();
        long[] sizes = new long[count];
        double[][] baseMeans = new double[count][];
        double[][] variantMeans = new double[count][];
        for (int i = 0; i < count; i++) {
            sizes[i] = base.get(i).size();
            baseMeans[i] = bootstrap.resampledMeans(base.get(i).samples(), 2L * i);
            variantMeans[i] = bootstrap.resampledMeans(variant.get(i).samples(), 2L * i + 1);
        }
        double[] crossings = new double[bootstrap.resamples()];
        double[][] profiles = new double[crossings.length][count];
        for (int r = 0; r < crossings.length; r++) {
            for (int i = 0; i < count; i++) {
                profiles[r][i] = Math.log(baseMeans[i][r] / variantMeans[i][r]);
            }
        }
        RoundSpread rounds = RoundSpread.of(base, variant);
        rounds.widen(profiles, base, variant);
        for (int r = 0; r < crossings.length; r++) {
            crossings[r] = crossing(sizes, profiles[r]);
        }
        double regretFrom = count < 2 ? Double.POSITIVE_INFINITY : ExpectedRegret.threshold(sizes, profiles);
        double estimate = HierarchicalBootstrap.median(crossings.clone());
        Interval crossing = bootstrap.interval(estimate, crossings);
        long smallest = sizes[0];
        long largest = sizes[count - 1];
        BreakEven.Kind kind;
        if (crossing.low() <= smallest && crossing.high() == Double.POSITIVE_INFINITY) {
            kind = BreakEven.Kind.UNDECIDED;
        } else if (estimate == Double.POSITIVE_INFINITY) {
            kind = BreakEven.Kind.NOT_IN_RANGE;
        } else if (estimate <= smallest) {
            kind = BreakEven.Kind.FROM_SMALLEST;
        } else {
            kind = BreakEven.Kind.BETWEEN;
        }
        long below = smallest;
        long above = largest;
        if (kind == BreakEven.Kind.BETWEEN) {
            for (long size : sizes) {
                if (size <= estimate) {
                    below = size;
                } else {
                    above = size;
                    break;
                }
            }
        }
        CostComparison cost = cost(base, variant, estimate, caches, bytesPerElement);
        return new BreakEven(base.get(0).kase(), variant.get(0).variant(), kind, crossing, smallest, largest,
                below, above, cost, regretFrom, rounds);
    }

    /**
     * Where the monotone fit of {@code logSpeedups} (by size, ascending) crosses 0: the smallest size when it
     * is above 0 from the start, {@code +Infinity} when it never is.
     */
    static double crossing(long[] sizes, double[] logSpeedups) {
        double[] fit = Isotonic.fit(logSpeedups);
        if (fit[0] > 0) {
            return sizes[0];
        }
        for (int i = 1; i < fit.length; i++) {
            if (fit[i] > 0) {
                double below = Math.exp(fit[i - 1]);
                double above = Math.exp(fit[i]);
                double fraction = Math.max(0, Math.min(1, (1 - below) / (above - below)));
                double logSize = Math.log(sizes[i - 1]) + fraction * (Math.log(sizes[i]) - Math.log(sizes[i - 1]));
                return Math.exp(logSize);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Cost models of both sides, fitted near the estimate: on the sizes in its cache regime when the caches
     * and bytes per element are known, and within a factor of {@value #NEAR} of it, as long as three sizes or
     * more remain; on every size when it has no finite estimate or too few sizes are near it. Time is not
     * linear in size across cache regimes, so a fit over every size may not explain the crossing.
     */
    private static CostComparison cost(List<KernelPoint> base, List<KernelPoint> variant, double estimate,
            CacheSizes caches, Double bytesOverride) {
        Double bytes = base.get(0).bytesPerElement(bytesOverride);
        List<Integer> chosen = new ArrayList<>();
        String regime = "";
        if (Double.isFinite(estimate)) {
            CacheSizes.Cache cache = bytes == null || caches.caches().isEmpty() ? null : caches.holding(estimate, bytes);
            boolean byCache = bytes != null && !caches.caches().isEmpty();
            for (int i = 0; i < base.size(); i++) {
                long size = base.get(i).size();
                boolean sameRegime = !byCache || caches.holding(size, bytes) == cache;
                if (sameRegime && size <= estimate * NEAR && size >= estimate / NEAR) {
                    chosen.add(i);
                }
            }
            if (byCache) {
                List<CacheSizes.Cache> levels = caches.caches();
                regime = cache == null ? "beyond " + levels.get(levels.size() - 1).name() : "fits in " + cache.name();
            }
        }
        if (chosen.size() < 3) {
            chosen.clear();
            regime = "";
            for (int i = 0; i < base.size(); i++) {
                chosen.add(i);
            }
        }
        CostModel b = CostModel.fit(chosen.stream().map(base::get).toList());
        CostModel v = CostModel.fit(chosen.stream().map(variant::get).toList());
        return b == null || v == null ? null : new CostComparison(b, v, regime);
    }
}

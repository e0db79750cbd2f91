package dev.arraybench.runner.search;

import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.scenarios.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One break-even the search locates: a variant and its baseline, both without a size, and which sizes a
 * later round measures to narrow its interval: a new size bisecting the widest gap between measured sizes
 * inside the interval (on log size), and the measured sizes near the crossing again, so that their forks
 * come from several rounds.
 *
 * @param variant the variant at any size
 * @param baseline the baseline at any size
 */
record SearchTarget(Combination variant, Combination baseline) {

    /** A speedup beyond this factor (either way) is far from breaking even. */
    static final double FAR = 3;

    /** A short name for progress lines, such as {@code scale int32 native zero-copy-parallel spin (2 threads)}. */
    String label() {
        return String.format(Locale.ROOT, "%s %s %s %s%s", variant.op().name(), variant.type().label(),
                variant.layout().label(), variant.strategy().label(), variant.strategy().parallel()
                        ? " " + variant.pool().label() + " (" + variant.threads() + " threads)" : "");
    }

    /** Whether {@code breakEven} is this target's. */
    boolean matches(BreakEven breakEven) {
        return breakEven.kase().values().equals(List.of(variant.op().name(), variant.type().label(),
                variant.layout().label()))
                && breakEven.variant().strategy().equals(variant.strategy().label())
                && (!breakEven.variant().parallel() || breakEven.variant().pool().equals(variant.pool().label())
                        && breakEven.variant().threads() == variant.threads());
    }

    /**
     * Whether {@code breakEven} needs no more measurements: it never pays in any resample, or its 95% interval
     * is within {@code factor} and, when it lies between two measured sizes, they are within {@code factor}
     * of it on either side (an interval interpolated across a wide gap of sizes says little about the sizes
     * in the gap).
     */
    static boolean settled(BreakEven breakEven, double factor) {
        if (breakEven.crossing().low() == Double.POSITIVE_INFINITY) {
            return true;
        }
        boolean near = breakEven.kind() != BreakEven.Kind.BETWEEN
                || breakEven.above() <= factor * factor * breakEven.below();
        return near && breakEven.bracketedWithin(factor);
    }

    /**
     * The sizes to measure again in the next round to narrow {@code breakEven}, nearest its estimate first:
     * every measured size inside its interval and the measured sizes just outside it on either side, at most
     * {@code most}; and, first of all, a new size at the geometric midpoint of the widest gap between measured
     * sizes inside the interval when that gap is wider than {@code factor}. (Splitting the gap that holds the
     * estimate first instead narrowed the intervals below the drift between runs: in the drift simulation a
     * later run's estimate was covered 22 times in 30, against 27.)
     */
    List<Long> nearCrossing(BreakEven breakEven, RunResults results, double factor, int most) {
        List<Long> sizes = new ArrayList<>(new TreeSet<>(measuredSizes(results)));
        double low = Math.max(breakEven.crossing().low(), breakEven.smallest());
        double high = Math.min(breakEven.crossing().high(), breakEven.largest());
        int from = 0;
        int to = sizes.size() - 1;
        while (from + 1 < sizes.size() && sizes.get(from + 1) <= low) {
            from++;
        }
        while (to - 1 >= 0 && sizes.get(to - 1) >= high) {
            to--;
        }
        List<Long> near = new ArrayList<>();
        int gap = -1;
        double widestRatio = factor;
        for (int i = from; i < to; i++) {
            if (!splittable(sizes, i, factor)) {
                continue;
            }
            double ratio = (double) sizes.get(i + 1) / sizes.get(i);
            if (ratio > widestRatio) {
                gap = i;
                widestRatio = ratio;
            }
        }
        if (gap >= 0) {
            near.add(midpoint(sizes.get(gap), sizes.get(gap + 1)));
        }
        double centre = Double.isFinite(breakEven.size()) ? breakEven.size() : Math.sqrt(low * high);
        sizes.subList(from, to + 1).stream()
                .sorted((a, b) -> Double.compare(Math.abs(Math.log(a / centre)), Math.abs(Math.log(b / centre))))
                .limit(Math.max(0, most - near.size())).forEach(near::add);
        return near;
    }

    /** Whether the gap after measured size {@code i} is wider than {@code factor} and has a size inside. */
    private static boolean splittable(List<Long> sizes, int i, double factor) {
        long middle = midpoint(sizes.get(i), sizes.get(i + 1));
        return (double) sizes.get(i + 1) / sizes.get(i) > factor && middle > sizes.get(i) && middle < sizes.get(i + 1);
    }

    /**
     * The sizes at which the baseline or the variant has fewer than {@code forks} forks, except those where
     * the variant is {@link #far} from breaking even.
     */
    List<Long> underMeasured(RunResults results, int forks) {
        List<Long> sizes = new ArrayList<>();
        for (BenchmarkResult result : results.benchmarks()) {
            long size = Sizes.parse(result.param(Scenarios.SIZE));
            if (same(result, variant.at(size)) && !far(results, size) && (forks(results, variant.at(size)) < forks
                    || forks(results, baseline.at(size)) < forks)) {
                sizes.add(size);
            }
        }
        return sizes;
    }

    /**
     * The geometric midpoint of two sizes, rounded to a short label: to a multiple of the largest power of
     * two at most an eighth of it.
     */
    static long midpoint(long below, long above) {
        double middle = Math.sqrt((double) below * above);
        long step = Math.max(1, Long.highestOneBit((long) (middle / 8)));
        return Math.round(middle / step) * step;
    }

    /** The sizes at which both the baseline and the variant are measured. */
    private List<Long> measuredSizes(RunResults results) {
        List<Long> sizes = new ArrayList<>();
        for (BenchmarkResult result : results.benchmarks()) {
            long size = Sizes.parse(result.param(Scenarios.SIZE));
            if (same(result, variant.at(size)) && results.benchmarks().stream().anyMatch(r -> same(r, baseline.at(size)))) {
                sizes.add(size);
            }
        }
        return sizes;
    }

    /**
     * Whether the variant is more than {@link #FAR} times faster or slower than the baseline at {@code size}
     * by every measurement so far: no spell of a shared machine moves a speedup that far (the rounds of a
     * quiet search spread by 12-30%), so another round there buys nothing near the crossing.
     */
    boolean far(RunResults results, long size) {
        double variantTime = score(results, variant.at(size));
        double baselineTime = score(results, baseline.at(size));
        if (!(variantTime > 0 && baselineTime > 0)) {
            return false;
        }
        return Math.abs(Math.log(baselineTime / variantTime)) > Math.log(FAR);
    }

    private static double score(RunResults results, Combination combination) {
        return results.benchmarks().stream().filter(r -> same(r, combination))
                .mapToDouble(BenchmarkResult::score).average().orElse(Double.NaN);
    }

    /** How many forks {@code results} holds of {@code combination}. */
    static int forks(RunResults results, Combination combination) {
        return results.benchmarks().stream().filter(r -> same(r, combination))
                .mapToInt(r -> r.samples().size()).sum();
    }

    /** Whether {@code result} measured {@code combination}. */
    static boolean same(BenchmarkResult result, Combination combination) {
        Map<String, String> params = combination.params();
        return result.benchmark().equals(Scenarios.KERNEL) && params.entrySet().stream().allMatch(e ->
                e.getKey().equals(Scenarios.SIZE)
                        ? Sizes.parse(result.param(Scenarios.SIZE)) == combination.size()
                        : e.getValue().equals(result.param(e.getKey())));
    }
}

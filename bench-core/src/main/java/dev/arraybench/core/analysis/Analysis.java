package dev.arraybench.core.analysis;

import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.Dimensions;
import dev.arraybench.core.result.RunResults;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report says about a run, computed once: the kernel points, the speedup of every variant,
 * break-even sizes, effective bandwidth against the ceiling, copy-parallel's phase breakdown and thread
 * scaling. Pure functions of the results; no charts, no JMH.
 *
 * @param points every kernel benchmark, ordered by case, variant and size
 * @param speedups the speedup of every variant that has a sequential baseline (see {@link Speedups})
 * @param breakEvens one per case and non-sequential variant
 * @param winRegions one per case and non-sequential variant
 * @param bandwidths one per kernel point
 * @param phases copy-parallel's phase breakdowns, when the phase scenario ran
 * @param scaling thread scaling series, when a strategy ran on several thread counts
 * @param ceiling the measured bandwidth ceiling, {@code null} when not measured
 * @param dimensions how the results were read: size, variant, baseline, phases
 * @param caches the machine's caches as the results file records them, none when it does not
 */
public record Analysis(
        List<KernelPoint> points,
        List<Speedup> speedups,
        List<BreakEven> breakEvens,
        List<WinRegion> winRegions,
        List<Bandwidth> bandwidths,
        List<PhaseBreakdown> phases,
        List<ThreadScaling> scaling,
        Ceiling ceiling,
        Dimensions dimensions,
        CacheSizes caches) {

    /** Keeps every list unchangeable. */
    public Analysis {
        points = List.copyOf(points);
        speedups = List.copyOf(speedups);
        breakEvens = List.copyOf(breakEvens);
        winRegions = List.copyOf(winRegions);
        bandwidths = List.copyOf(bandwidths);
        phases = List.copyOf(phases);
        scaling = List.copyOf(scaling);
    }

    /**
     * Analyses {@code results} by the dimensions they carry.
     *
     * @throws IllegalArgumentException when the results carry no dimensions (a plain JMH file whose size
     *     parameter, variant and baseline were not named)
     */
    public static Analysis of(RunResults results) {
        Dimensions dimensions = results.dimensions();
        if (dimensions == null) {
            throw new IllegalArgumentException("results: no dimensions (name the size parameter, the variant and"
                    + " the baseline variant)");
        }
        List<KernelPoint> points = KernelPoints.of(results, dimensions);
        List<Speedup> speedups = Speedups.of(points);
        CacheSizes caches = CacheSizes.of(results.environment() == null ? null : results.environment().caches());
        Double bytes = dimensions.bytesPerElement();
        return new Analysis(points, speedups, BreakEvens.of(points, speedups, caches, bytes),
                WinRegions.of(points, speedups, caches, bytes),
                points.stream().map(point -> Bandwidth.of(point, results.ceiling(), dimensions.bytesPerElement()))
                        .toList(),
                PhaseBreakdowns.of(results, dimensions), ThreadScalings.of(speedups), results.ceiling(), dimensions,
                caches);
    }

    /** The baseline variant's name, such as {@code sequential}. */
    public String baseline() {
        return dimensions.baseline();
    }

    /** Every phase measured in any breakdown, in the order the phases run. */
    public List<String> phaseNames() {
        return dimensions.phases().stream()
                .filter(phase -> phases.stream().anyMatch(p -> p.measured().containsKey(phase))).toList();
    }

    /** The distinct cases, in order. */
    public List<Case> cases() {
        return points.stream().map(KernelPoint::kase).distinct().sorted().toList();
    }

    /** The kernel points of {@code kase}. */
    public List<KernelPoint> points(Case kase) {
        return points.stream().filter(point -> point.kase().equals(kase)).toList();
    }

    /** The speedups of {@code kase}. */
    public List<Speedup> speedups(Case kase) {
        return speedups.stream().filter(speedup -> speedup.kase().equals(kase)).toList();
    }

    /** The break-evens of {@code kase}, ordered by variant. */
    public List<BreakEven> breakEvens(Case kase) {
        return breakEvens.stream().filter(b -> b.kase().equals(kase))
                .sorted((a, b) -> a.variant().compareTo(b.variant())).toList();
    }

    /** The win regions of {@code kase}, ordered by variant. */
    public List<WinRegion> winRegions(Case kase) {
        return winRegions.stream().filter(w -> w.kase().equals(kase))
                .sorted((a, b) -> a.variant().compareTo(b.variant())).toList();
    }

    /**
     * The bytes moved per element by {@code kase}'s points (the dimensions' figure, else the first the file
     * records), {@code null} when unknown.
     */
    public Double bytesPerElement(Case kase) {
        return points(kase).stream().map(p -> p.bytesPerElement(dimensions.bytesPerElement()))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The bandwidths of {@code kase}. */
    public List<Bandwidth> bandwidths(Case kase) {
        return bandwidths.stream().filter(b -> b.point().kase().equals(kase)).toList();
    }

    /** The phase breakdowns of {@code kase}. */
    public List<PhaseBreakdown> phases(Case kase) {
        return phases.stream().filter(p -> p.kase().equals(kase)).toList();
    }

    /** The thread scaling series of {@code kase}. */
    public List<ThreadScaling> scaling(Case kase) {
        return scaling.stream().filter(s -> s.kase().equals(kase)).toList();
    }
}

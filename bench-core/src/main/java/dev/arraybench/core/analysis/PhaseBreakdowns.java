package dev.arraybench.core.analysis;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Dimensions;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.core.stats.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the phase scenario's results (the methods {@link Dimensions#phases()} of
 * {@link Dimensions#phaseBenchmark()}) into one breakdown per case, threads and size. The case is read as
 * for kernel points: every parameter but the size, the thread count and the line parameters.
 */
public final class PhaseBreakdowns {

    private PhaseBreakdowns() {
    }

    /** Every breakdown in {@code results}, ordered by case, size and threads; none without a phase scenario. */
    public static List<PhaseBreakdown> of(RunResults results, Dimensions dimensions) {
        if (dimensions.phaseBenchmark() == null) {
            return List.of();
        }
        Map<List<Object>, Map<String, Interval>> phases = new LinkedHashMap<>();
        Map<List<Object>, Map<String, Double>> models = new LinkedHashMap<>();
        for (BenchmarkResult result : results.benchmarks()) {
            String phase = phase(result.benchmark(), dimensions);
            long size = DerivedFigures.elements(result.param(dimensions.size()));
            int threads = threads(result, dimensions);
            double[][] samples = Timing.nanosPerOp(result);
            if (phase == null || size <= 0 || threads <= 0 || samples == null) {
                continue;
            }
            List<Object> key = List.of(kase(result, dimensions), threads, size);
            phases.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .put(phase, HierarchicalBootstrap.analysis().mean(samples));
            Double bytes = result.derived() == null ? null : result.derived().bytesPerElement();
            if (bytes != null) {
                models.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(phase, bytes);
            }
        }
        List<PhaseBreakdown> breakdowns = new ArrayList<>();
        phases.forEach((key, measured) -> breakdowns.add(new PhaseBreakdown((Case) key.get(0), (Integer) key.get(1),
                (Long) key.get(2), ordered(measured, dimensions), ordered(models.getOrDefault(key, Map.of()),
                        dimensions))));
        breakdowns.sort(Comparator.comparing(PhaseBreakdown::kase).thenComparingLong(PhaseBreakdown::size)
                .thenComparingInt(PhaseBreakdown::threads));
        return List.copyOf(breakdowns);
    }

    private static <T> Map<String, T> ordered(Map<String, T> byPhase, Dimensions dimensions) {
        Map<String, T> ordered = new LinkedHashMap<>();
        dimensions.phases().stream().filter(byPhase::containsKey).forEach(p -> ordered.put(p, byPhase.get(p)));
        return ordered;
    }

    private static Case kase(BenchmarkResult result, Dimensions dimensions) {
        List<String> values = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (String param : dimensions.caseParams(result.params().keySet())) {
            values.add(result.param(param));
            ranks.add(dimensions.rank(param, result.param(param)));
        }
        return new Case(values, ranks);
    }

    private static int threads(BenchmarkResult result, Dimensions dimensions) {
        String text = dimensions.threads() == null ? null : result.param(dimensions.threads());
        if (text == null) {
            return 1;
        }
        try {
            return Math.max(Integer.parseInt(text.trim()), -1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The phase a benchmark name measures, or {@code null} when it is not the phase scenario. */
    static String phase(String benchmark, Dimensions dimensions) {
        int dot = benchmark.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String owner = benchmark.substring(0, dot);
        String method = benchmark.substring(dot + 1);
        String scenario = dimensions.phaseBenchmark();
        boolean matches = owner.equals(scenario) || scenario.endsWith("." + owner) || owner.endsWith("." + scenario);
        return matches && dimensions.phases().contains(method) ? method : null;
    }
}

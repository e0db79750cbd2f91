package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.core.data.DType;
import dev.arraybench.core.kernel.Ops;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.strategy.Strategy;
import dev.arraybench.core.traffic.Traffic;
import dev.arraybench.core.traffic.TrafficModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the phase scenario's results ({@code CopyPhaseBenchmark.allocate}, {@code .copyOut},
 * {@code .process}, {@code .copyBack}, parameters {@code op}, {@code dtype}, {@code layout},
 * {@code threads}, {@code size}) into one breakdown per case, threads and size.
 */
public final class PhaseBreakdowns {

    /** The simple name of the phase scenario's class. */
    public static final String BENCHMARK_CLASS = "CopyPhaseBenchmark";

    private PhaseBreakdowns() {
    }

    /** Every breakdown in {@code results}, ordered by case, size and threads. */
    public static List<PhaseBreakdown> of(RunResults results) {
        Map<List<Object>, Map<String, Interval>> phases = new LinkedHashMap<>();
        for (BenchmarkResult result : results.benchmarks()) {
            String phase = phase(result.benchmark());
            String op = result.param("op");
            String dtype = result.param("dtype");
            String layout = result.param("layout");
            long size = KernelPoints.positive(result.param("size"), true);
            long threads = KernelPoints.positive(result.param("threads"), false);
            double[][] samples = Timing.nanosPerOp(result);
            if (phase == null || op == null || dtype == null || layout == null || size <= 0 || threads <= 0
                    || threads > Integer.MAX_VALUE || samples == null) {
                continue;
            }
            List<Object> key = List.of(new Case(op, dtype, layout), (int) threads, size);
            phases.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(phase, HierarchicalBootstrap.analysis().mean(samples));
        }
        List<PhaseBreakdown> breakdowns = new ArrayList<>();
        phases.forEach((key, measured) -> {
            Case kase = (Case) key.get(0);
            Map<String, Interval> ordered = new LinkedHashMap<>();
            PhaseBreakdown.PHASES.stream().filter(measured::containsKey).forEach(p -> ordered.put(p, measured.get(p)));
            breakdowns.add(new PhaseBreakdown(kase, (Integer) key.get(1), (Long) key.get(2), ordered, model(kase)));
        });
        breakdowns.sort(Comparator.comparing(PhaseBreakdown::kase).thenComparingLong(PhaseBreakdown::size)
                .thenComparingInt(PhaseBreakdown::threads));
        return List.copyOf(breakdowns);
    }

    /** The phase a benchmark name measures, or {@code null} when it is not the phase scenario. */
    static String phase(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String owner = benchmark.substring(0, dot);
        String method = benchmark.substring(dot + 1);
        boolean scenario = owner.equals(BENCHMARK_CLASS) || owner.endsWith("." + BENCHMARK_CLASS);
        return scenario && PhaseBreakdown.PHASES.contains(method) ? method : null;
    }

    private static Traffic model(Case kase) {
        try {
            return TrafficModel.of(Ops.byName(kase.op()), DType.parse(kase.dtype()), Strategy.COPY_PARALLEL);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

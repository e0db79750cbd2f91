package dev.arraybench.runner.execute;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.KernelPoint;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.report.Formats;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.strategy.Strategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The table a person reads at the end of a run: per op, dtype, layout and size, every strategy's time per
 * call (with its pool and threads; {@code -} and 1 for the one-thread strategies) with JMH's error, time per element, effective bandwidth, speedup against {@code sequential}, and
 * bytes allocated per call when the {@code gc} profiler ran; the fastest strategy is marked.
 */
public final class ResultsTable {

    private ResultsTable() {
    }

    public static void print(RunResults run, PrintWriter out) {
        Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
        for (BenchmarkResult result : run.benchmarks()) {
            if (result.benchmark().equals(Scenarios.KERNEL)) {
                String key = String.join(" ", result.param("op"), result.param("dtype"), result.param("layout"),
                        result.param("size"));
                groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(result);
            }
        }
        Map<BenchmarkResult, Double> speedups = speedups(run);
        groups.forEach((key, group) -> printGroup(group, speedups, out));
        printPhases(run.benchmarks(), out);
        if (run.ceiling() != null) {
            Ceiling ceiling = run.ceiling();
            out.printf(Locale.ROOT, "%nMemory bandwidth ceiling (best of STREAM copy/scale/triad): %.1f GB/s on 1 thread, "
                    + "%.1f GB/s on %d threads%n", ceiling.oneThreadGbPerSecond(), ceiling.allThreadsGbPerSecond(),
                    ceiling.threads());
        }
        out.flush();
    }

    /** Every kernel result's speedup against the baseline, from the analysis (the baseline itself: 1). */
    private static Map<BenchmarkResult, Double> speedups(RunResults run) {
        Map<BenchmarkResult, Double> speedups = new IdentityHashMap<>();
        if (run.dimensions() == null) {
            return speedups;
        }
        Analysis analysis = Analysis.of(run);
        for (KernelPoint point : analysis.points()) {
            if (point.variant().baseline()) {
                speedups.put(point.result(), 1.0);
            }
        }
        Map<List<Object>, KernelPoint> byKey = new HashMap<>();
        analysis.points().forEach(p -> byKey.put(List.of(p.kase(), p.variant(), p.size()), p));
        for (Speedup speedup : analysis.speedups()) {
            KernelPoint point = byKey.get(List.of(speedup.kase(), speedup.variant(), speedup.size()));
            speedups.put(point.result(), speedup.speedup().estimate());
        }
        return speedups;
    }

    private static void printGroup(List<BenchmarkResult> group, Map<BenchmarkResult, Double> speedups,
            PrintWriter out) {
        BenchmarkResult first = group.get(0);
        long size = Sizes.parse(first.param("size"));
        out.printf(Locale.ROOT, "%n%s  %s  %s  %s elements%n", first.param("op"), first.param("dtype"), first.param("layout"),
                String.format(Locale.ROOT, "%,d", size));
        boolean allocation = group.stream().anyMatch(result -> result.derived().bytesAllocatedPerOp() != null);
        out.printf(Locale.ROOT, "  %-20s %-8s %7s %22s %10s %9s %14s%s%n", "strategy", "pool", "threads", "time per call",
                "ns/elem", "GB/s", "vs sequential", allocation ? "   alloc/call" : "");
        BenchmarkResult fastest = group.stream().min(Comparator.comparingDouble(ResultsTable::nanos)).orElseThrow();
        for (BenchmarkResult result : group) {
            double nanos = nanos(result);
            double error = DerivedFigures.nanosPerOp(result.error(), result.unit());
            out.printf(Locale.ROOT, "  %-20s %-8s %7s %22s %10s %9s %14s%s%s%n", result.param("strategy"), pool(result),
                    result.param("threads"), time(nanos, error), number(result.derived().nanosPerElement(), 3),
                    number(result.derived().gbPerSecond(), 1),
                    speedups.containsKey(result) ? String.format(Locale.ROOT, "%.2fx", speedups.get(result)) : "-",
                    allocation ? String.format(Locale.ROOT, "%13s", bytes(result.derived().bytesAllocatedPerOp())) : "",
                    Objects.equals(result, fastest) && group.size() > 1 ? "  <- fastest" : "");
        }
    }

    /** One line per op, dtype, layout, threads and size; {@code process} once per pool, named with it. */
    private static void printPhases(List<BenchmarkResult> results, PrintWriter out) {
        Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
        for (BenchmarkResult result : results) {
            if (result.benchmark().startsWith(Scenarios.PHASES + ".")) {
                Map<String, String> shape = new LinkedHashMap<>(result.params());
                shape.remove("pool");
                groups.computeIfAbsent(shape.toString(), ignored -> new ArrayList<>()).add(result);
            }
        }
        groups.forEach((key, group) -> {
            BenchmarkResult first = group.get(0);
            out.printf(Locale.ROOT, "%ncopy-parallel phases, %s %s %s %s elements, %s threads:", first.param("op"),
                    first.param("dtype"), first.param("layout"), first.param("size"), first.param("threads"));
            for (BenchmarkResult phase : group) {
                String name = phase.benchmark().substring(phase.benchmark().lastIndexOf('.') + 1);
                if (name.equals("process") && phase.param("pool") != null) {
                    name += " on " + phase.param("pool");
                }
                out.printf(Locale.ROOT, "  %s %s", name, time(nanos(phase), Double.NaN));
            }
            out.println();
        });
    }

    /** The pool of a parallel strategy; {@code -} for the one-thread ones and for files without pools. */
    private static String pool(BenchmarkResult result) {
        String pool = result.param("pool");
        boolean parallel = Arrays.stream(Strategy.values())
                .anyMatch(strategy -> strategy.parallel() && strategy.label().equals(result.param("strategy")));
        return pool != null && parallel ? pool : "-";
    }

    private static double nanos(BenchmarkResult result) {
        return DerivedFigures.nanosPerOp(result.score(), result.unit());
    }

    static String time(double nanos, double errorNanos) {
        String[] units = {"ns", "us", "ms", "s"};
        double scale = 1;
        int unit = 0;
        while (unit < units.length - 1 && nanos >= scale * 1000) {
            scale *= 1000;
            unit++;
        }
        String error = Double.isNaN(errorNanos) ? "" : " ± " + significant(errorNanos / scale);
        return significant(nanos / scale) + error + " " + units[unit];
    }

    private static String significant(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String bytes(Double value) {
        if (value == null) {
            return "-";
        }
        return Formats.bytes(value);
    }
}

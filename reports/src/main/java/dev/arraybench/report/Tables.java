package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Bandwidth;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.analysis.KernelPoint;
import dev.arraybench.core.analysis.PhaseBreakdown;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The environment, phase and full results tables, as plain-text cells (escaped when rendered). */
final class Tables {

    private Tables() {
    }

    /** The machine, the JVM, the settings and the ceiling. */
    static Table environment(RunResults results) {
        Environment e = results.environment();
        Table table = Table.of("what", "value")
                .row("CPU", e.cpuModel() + ", " + e.cores() + " cores available to the JVM")
                .row("caches", e.caches() == null || e.caches().isEmpty() ? "unknown" : e.caches().entrySet().stream()
                        .map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", ")))
                .row("memory", e.memoryBytes() > 0 ? Formats.bytes(e.memoryBytes()) : "unknown")
                .row("OS", e.os())
                .row("JDK", e.jdkVendor() + " " + e.jdkVersion() + " (" + e.vmName() + ")")
                .row("JVM flags", e.jvmFlags() == null || e.jvmFlags().isEmpty() ? "none" : String.join(" ", e.jvmFlags()))
                .row("Vector API width", e.vectorBits() > 0 ? e.vectorBits() + " bits" : "unknown")
                .row("arraybench", e.toolVersion() + (e.gitCommit() == null ? "" : " at commit " + e.gitCommit()))
                .row("run", (e.started() == null ? "?" : e.started()) + " to " + (e.finished() == null ? "?" : e.finished()));
        Settings s = results.settings();
        if (s != null) {
            table = table.row("JMH settings", s.forks() + " forks; warm-up " + s.warmupIterations() + " x "
                    + s.warmupTime() + "; measurement " + s.measurementIterations() + " x " + s.measurementTime()
                    + (s.profilers() == null || s.profilers().isEmpty() ? "" : "; profilers " + String.join(", ",
                    s.profilers())));
        }
        Ceiling c = results.ceiling();
        return table.row("bandwidth ceiling", c == null ? "not measured" : Formats.number(c.oneThreadGbPerSecond())
                + " GB/s on 1 thread, " + Formats.number(c.allThreadsGbPerSecond()) + " GB/s on " + c.threads()
                + " threads");
    }

    /** Copy-parallel's measured phases beside the traffic model, one row per case, threads and size. */
    static Table phases(Analysis analysis) {
        List<String> names = analysis.phaseNames();
        List<String> headers = new ArrayList<>(List.of("case", "threads", "size"));
        names.forEach(phase -> headers.add(Formats.phase(phase)));
        headers.add("total");
        Table table = Table.of(headers.toArray(String[]::new));
        for (Case kase : analysis.cases()) {
            List<PhaseBreakdown> all = analysis.phases(kase);
            for (PhaseBreakdown p : all) {
                double total = p.measuredTotal();
                List<String> cells = new ArrayList<>(List.of(kase.label(), Integer.toString(p.threads()),
                        Formats.size(p.size())));
                for (String phase : names) {
                    Interval measured = p.measured().get(phase);
                    cells.add(measured == null ? "not measured" : Formats.duration(measured.estimate()) + " ("
                            + Formats.percent(measured.estimate() / total) + ")");
                }
                cells.add(Formats.duration(total));
                table = table.row(cells.toArray(String[]::new));
            }
            if (!all.isEmpty() && all.get(0).hasModel()) {
                PhaseBreakdown p = all.get(0);
                double total = p.modelTotal();
                List<String> cells = new ArrayList<>(List.of(kase.label(), "any", "traffic model"));
                names.forEach(phase -> cells.add(Double.isNaN(p.modelBytes(phase)) ? "none"
                        : Formats.number(p.modelBytes(phase)) + " B/element (" + Formats.percent(p.modelBytes(phase)
                                / total) + ")"));
                cells.add(Formats.number(total) + " B/element");
                table = table.row(cells.toArray(String[]::new));
            }
        }
        return table;
    }

    /** Every benchmark in the file with its score, and the derived figures of kernel benchmarks. */
    static Table results(RunResults results, Analysis analysis) {
        Map<BenchmarkResult, KernelPoint> points = new IdentityHashMap<>();
        analysis.points().forEach(p -> points.put(p.result(), p));
        Map<List<Object>, Speedup> speedups = new HashMap<>();
        analysis.speedups().forEach(s -> speedups.put(List.of(s.kase(), s.variant(), s.size()), s));
        Map<KernelPoint, Bandwidth> bandwidths = new IdentityHashMap<>();
        analysis.bandwidths().forEach(b -> bandwidths.put(b.point(), b));
        Table table = Table.of("benchmark", "parameters", "score ± error", "samples", "ns/element", "GB/s",
                "of ceiling", "speedup [95%]");
        for (BenchmarkResult r : results.benchmarks()) {
            KernelPoint point = points.get(r);
            Speedup speedup = point == null ? null
                    : speedups.get(List.of(point.kase(), point.variant(), point.size()));
            Bandwidth bandwidth = point == null ? null : bandwidths.get(point);
            table = table.row(shortName(r.benchmark()),
                    r.params().entrySet().stream().map(p -> p.getKey() + "=" + p.getValue())
                            .collect(Collectors.joining(" ")),
                    Formats.number(r.score()) + (Double.isNaN(r.error()) ? "" : " ± " + Formats.number(r.error()))
                            + " " + r.unit(),
                    r.samples().size() + " x " + r.samples().get(0).size(),
                    point == null ? "" : Formats.number(point.nanosPerElement().estimate()),
                    bandwidth == null ? "" : Formats.number(bandwidth.gbPerSecond()),
                    bandwidth == null ? "" : Formats.percent(bandwidth.fractionOfCeiling()),
                    speedup == null ? (point != null && point.variant().baseline() ? "baseline" : "")
                            : Formats.speedup(speedup.speedup()));
        }
        return table;
    }

    /** The class's simple name and the method: {@code KernelBenchmark.run}. */
    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int owner = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(owner + 1);
    }
}

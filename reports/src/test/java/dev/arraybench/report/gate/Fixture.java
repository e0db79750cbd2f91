package dev.arraybench.report.gate;

import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.gate.Gate;
import dev.arraybench.core.gate.GateSettings;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One comparison with every kind of row: a regression, an equivalent benchmark, an undecided one whose
 * parameter holds characters that break Markdown and XML, a benchmark in each file only, and different
 * CPUs.
 */
final class Fixture {

    /** A parameter value made to break tables, tags, CDATA sections and lines. */
    static final String HOSTILE = "a|b <script>x</script> ]]> & \"q\"\nnext `line`";

    static final ComparedFiles FILES = new ComparedFiles("base.json", "new.json");

    private static final double[][] STEADY = {{100, 101, 99}, {100, 102, 98}, {101, 100, 99}, {99, 100, 101},
        {100, 99, 100}};

    private Fixture() {
    }

    static Comparison comparison(boolean strict) {
        RunResults baseline = run("Xeon <8272CL>", avgt(STEADY, "op", "scale", "size", "1M"),
                avgt(STEADY, "op", "sum", "size", "1M"), avgt(new double[][] {{100, 101}}, "op", HOSTILE),
                avgt(STEADY, "op", "scale", "size", "2M"));
        RunResults current = run("EPYC 7763", avgt(times(STEADY, 1.2), "op", "scale", "size", "1M"),
                avgt(times(STEADY, 1.01), "op", "sum", "size", "1M"),
                avgt(new double[][] {{100, 101}}, "op", HOSTILE), avgt(STEADY, "op", "scale", "size", "4M"));
        return Gate.compare(baseline, current, new GateSettings(0.05, 0.99, 1, strict));
    }

    static Comparison comparison() {
        return comparison(false);
    }

    private static BenchmarkResult avgt(double[][] forks, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        List<List<Double>> samples = Arrays.stream(forks).map(f -> Arrays.stream(f).boxed().toList()).toList();
        double score = Arrays.stream(forks).flatMapToDouble(Arrays::stream).average().orElseThrow();
        return new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run", map, "avgt", "us/op", score,
                Double.NaN, Double.NaN, Double.NaN, samples, null);
    }

    private static double[][] times(double[][] forks, double factor) {
        return Arrays.stream(forks).map(f -> Arrays.stream(f).map(v -> v * factor).toArray())
                .toArray(double[][]::new);
    }

    private static RunResults run(String cpu, BenchmarkResult... benchmarks) {
        Environment environment = new Environment("0.1.0", "Eclipse Adoptium", "25.0.3+9-LTS", "OpenJDK",
                List.of("--add-modules", "jdk.incubator.vector"), "Linux 6.1 amd64", cpu, 2, Map.of(), 0, 256,
                null, null, null);
        return new RunResults(RunResults.SCHEMA, environment, new Settings(3, 1, "1 s", 3, "1 s", List.of()),
                null, List.of(benchmarks));
    }
}

package dev.arraybench.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsMergeTest {

    private static Environment machine(String cpu, int cores, String jdk, String started, String finished) {
        return new Environment("0.1.0", "Eclipse Adoptium", jdk, "vm", List.of(), "Linux", cpu, cores, Map.of(), 0,
                256, null, started, finished);
    }

    private static BenchmarkResult result(String size, double score) {
        return new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run", Map.of("size", size), "avgt",
                "us/op", score, Double.NaN, Double.NaN, Double.NaN, List.of(List.of(score)),
                new Derived(Double.NaN, Double.NaN, null, null));
    }

    private static RunResults run(Environment environment, Ceiling ceiling, BenchmarkResult... results) {
        return new RunResults(RunResults.SCHEMA, environment, new Settings(1, 1, "1 s", 1, "1 s", List.of()),
                ceiling, List.of(results));
    }

    @Test
    void shouldMergeBenchmarksOfTheSameMachineKeepingTheLaterOfEqualOnes() {
        Map<Path, RunResults> files = new LinkedHashMap<>();
        files.put(Path.of("a.json"), run(machine("cpu", 2, "25", "2026-01-02T00:00:00Z", "2026-01-02T01:00:00Z"),
                null, result("1K", 1), result("2K", 2)));
        Ceiling ceiling = new Ceiling(10, 20, 2);
        files.put(Path.of("b.json"), run(machine("cpu", 2, "25", "2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z"),
                ceiling, result("2K", 3), result("4K", 4)));
        RunResults merged = ResultsMerge.merge(files);
        assertThat(merged.benchmarks()).extracting(BenchmarkResult::score).containsExactly(1.0, 3.0, 4.0);
        assertThat(merged.ceiling()).isEqualTo(ceiling);
        assertThat(merged.environment().started()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(merged.environment().finished()).isEqualTo("2026-01-03T00:00:00Z");
    }

    @Test
    void shouldRefuseFilesFromDifferentMachinesNamingEveryFieldThatDiffers() {
        Map<Path, RunResults> files = new LinkedHashMap<>();
        files.put(Path.of("a.json"), run(machine("cpu A", 2, "25", null, null), null, result("1K", 1)));
        files.put(Path.of("b.json"), run(machine("cpu B", 4, "25", null, null), null, result("1K", 1)));
        assertThatThrownBy(() -> ResultsMerge.merge(files))
                .isInstanceOf(ResultsFileException.class)
                .hasMessage("b.json: was measured on another machine than a.json (cpuModel 'cpu A' vs 'cpu B'; "
                        + "cores '2' vs '4'): report them separately");
    }

    @Test
    void shouldRefuseABenchmarkMeasuredTwiceOnOneMachineUnlessToldWhichToKeep() {
        Map<Path, RunResults> files = new LinkedHashMap<>();
        files.put(Path.of("a.json"), run(machine("cpu", 2, "25", null, null), null, result("1K", 1), result("2K", 2)));
        files.put(Path.of("b.json"), run(machine("cpu", 2, "25", null, null), null, result("2K", 3)));
        assertThatThrownBy(() -> ResultsMerge.merge(files, ResultsMerge.Duplicates.FAIL))
                .isInstanceOf(ResultsFileException.class)
                .hasMessage("b.json: benchmark dev.arraybench.scenarios.KernelBenchmark.run {size=2K} was measured in"
                        + " a.json too (keep one with --keep first or --keep last)");
        assertThat(ResultsMerge.merge(files, ResultsMerge.Duplicates.FIRST).benchmarks())
                .extracting(BenchmarkResult::score).containsExactly(1.0, 2.0);
        assertThat(ResultsMerge.merge(files, ResultsMerge.Duplicates.LAST).benchmarks())
                .extracting(BenchmarkResult::score).containsExactly(1.0, 3.0);
    }

    @Test
    void shouldKeepEveryMachineApartInTheOrderItFirstAppears() {
        Map<Path, RunResults> files = new LinkedHashMap<>();
        files.put(Path.of("b1.json"), run(machine("cpu B", 4, "25", null, null), null, result("1K", 1)));
        files.put(Path.of("a1.json"), run(machine("cpu A", 2, "25", null, null), null, result("1K", 2)));
        files.put(Path.of("b2.json"), run(machine("cpu B", 4, "25", null, null), null, result("2K", 3)));
        List<RunResults> fleet = ResultsMerge.fleet(files, ResultsMerge.Duplicates.FAIL);
        assertThat(fleet).extracting(r -> r.environment().cpuModel()).containsExactly("cpu B", "cpu A");
        assertThat(fleet.getFirst().benchmarks()).extracting(BenchmarkResult::score).containsExactly(1.0, 3.0);
        assertThat(fleet.getLast().benchmarks()).extracting(BenchmarkResult::score).containsExactly(2.0);
    }
}

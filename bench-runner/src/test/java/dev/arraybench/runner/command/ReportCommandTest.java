package dev.arraybench.runner.command;

import dev.arraybench.core.analysis.TestDimensions;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import dev.arraybench.report.Report;
import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.scenarios.Scenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    @TempDir
    Path folder;

    private static Environment machine(String cpu) {
        return new Environment("0.1.0", "Eclipse Adoptium", "25.0.1", "vm", List.of(), "Linux", cpu, 2, Map.of(),
                0, 256, null, "2026-01-01T00:00:00Z", "2026-01-01T00:10:00Z");
    }

    private static BenchmarkResult kernel(String strategy, String threads, String size, double micros) {
        Map<String, String> params = TestDimensions.kernelParams("scale", "int32", "heap", strategy, null, threads,
                size);
        return new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run", params, "avgt", "us/op", micros,
                Double.NaN, Double.NaN, Double.NaN, List.of(List.of(micros, micros * 1.01), List.of(micros * 0.99)),
                DerivedFigures.of(params, "size", micros, "us/op", null, 8.0));
    }

    private Path write(String name, String cpu, BenchmarkResult... results) throws IOException {
        Path file = folder.resolve(name);
        ResultsCodec.write(new RunResults(RunResults.SCHEMA, machine(cpu),
                new Settings(2, 1, "1 s", 2, "1 s", List.of()), null, Scenarios.dimensions(), List.of(results)), file);
        return file;
    }

    @Test
    void shouldWriteThePageTheSummaryAndTheChartsAndSayWhere() throws IOException {
        Path results = write("results.json", "cpu", kernel("sequential", "1", "1K", 1),
                kernel("zero-copy-parallel", "2", "1K", 4), kernel("sequential", "1", "1M", 1000),
                kernel("zero-copy-parallel", "2", "1M", 500));
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("report", results.toString(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("summary.md")).content().contains("**scale int32 heap**: zero-copy-parallel \\(2 threads\\) from ~19K [18K–21K] elements");
        assertThat(out.resolve("scale-int32-heap-speedup.png")).isRegularFile();
        assertThat(run.out()).contains("wrote " + out.resolve("index.html"), "wrote " + out.resolve("summary.md"),
                "charts (PNG) into " + out);
    }

    @Test
    void shouldMergeFilesOfTheSameMachine() throws IOException {
        Path small = write("small.json", "cpu", kernel("sequential", "1", "1K", 1), kernel("simd", "1", "1K", 0.5));
        Path large = write("large.json", "cpu", kernel("sequential", "1", "1M", 1000), kernel("simd", "1", "1M", 900));
        CommandRun run = CommandRun.of("report", small.toString(), large.toString(), "-o", folder.resolve("out").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("merged 2 files measured on the same machine: 4 benchmarks");
        assertThat(folder.resolve("out/summary.md")).content().contains("faster 1K–1M");
    }

    @Test
    void shouldShowBreakEvenByMachineForFilesOfSeveralMachines() throws IOException {
        Path one = write("one.json", "cpu A", kernel("sequential", "1", "1K", 1), kernel("zero-copy-parallel", "2",
                "1K", 4), kernel("sequential", "1", "1M", 1000), kernel("zero-copy-parallel", "2", "1M", 500));
        Path two = write("two.json", "cpu B", kernel("sequential", "1", "1K", 1), kernel("zero-copy-parallel", "2",
                "1K", 0.5), kernel("sequential", "1", "1M", 1000), kernel("zero-copy-parallel", "2", "1M", 400));
        Path fleet = folder.resolve("fleet.json");
        assertThat(CommandRun.of("merge", one.toString(), two.toString(), "--out", fleet.toString()).exitCode())
                .isZero();
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("report", fleet.toString(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("machine 1: cpu A, 2 cores, JDK 25.0.1: 4 benchmarks", "machine 2: cpu B",
                "wrote " + out.resolve("index.html") + " (the fleet");
        assertThat(out.resolve("summary.md")).content().contains("# How break-even moves across machines",
                "| variant | machine 1: cpu A, 2 cores, JDK 25.0.1 | machine 2: cpu B, 2 cores, JDK 25.0.1 |",
                "| zero-copy-parallel | ≈ ", "| from the smallest size, 1K \\[95%: ≤ 1K\\], 2 threads |",
                "![Break-even by machine: scale int32 heap](scale-int32-heap-fleet.png)");
        assertThat(out.resolve("scale-int32-heap-fleet.png")).isRegularFile();
        assertThat(out.resolve("machine-1/index.html")).isRegularFile();
        assertThat(out.resolve("machine-2/summary.md")).content().contains("cpu B");
        assertThat(CommandRun.of("report", one.toString(), two.toString(), "--out", folder.resolve("again").toString())
                .exitCode()).isZero();
        assertThat(folder.resolve("again/summary.md")).content()
                .isEqualTo(java.nio.file.Files.readString(out.resolve("summary.md")));
    }

    @Test
    void shouldReadPlainJmhJson() throws IOException {
        Path jmh = folder.resolve("jmh.json");
        List<String> entries = new ArrayList<>();
        for (String[] row : new String[][] {{"sequential", "1", "10.0"}, {"simd", "1", "4.0"}}) {
            entries.add("""
                    {"benchmark": "dev.arraybench.scenarios.KernelBenchmark.run", "mode": "avgt", "forks": 1,
                     "jdkVersion": "25", "vmName": "vm", "jvmArgs": [],
                     "params": {"op": "sum", "dtype": "int64", "layout": "native", "strategy": "%s",
                                "threads": "%s", "size": "64K"},
                     "primaryMetric": {"score": %s, "scoreError": 0.1, "scoreConfidence": [9.9, 10.1],
                                       "scoreUnit": "us/op", "rawData": [[%3$s, %3$s, %3$s]]}}"""
                    .formatted(row[0], row[1], row[2]));
        }
        Files.writeString(jmh, "[" + String.join(",", entries) + "]");
        CommandRun run = CommandRun.of("report", jmh.toString(), "--out", folder.resolve("out").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(folder.resolve("out/summary.md")).content()
                .contains("**sum int64 native**: simd at every measured size, 64K (2.50x at 64K)");
    }

    @Test
    void shouldFailWithExitCodeTwoOnAMissingFileOrAFileAsOutputFolder() throws IOException {
        CommandRun missing = CommandRun.of("report", folder.resolve("nope.json").toString(), "--out", "x");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.json: no such file");
        Path results = write("results.json", "cpu", kernel("sequential", "1", "1K", 1));
        Path file = Files.writeString(folder.resolve("taken"), "x");
        CommandRun taken = CommandRun.of("report", results.toString(), "--out", file.toString());
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(taken.err()).contains("--out: " + file + " is a file (expected a folder)");
    }

    @Test
    void shouldAskForFilesAndAnOutputFolder() {
        CommandRun run = CommandRun.of("report");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("RESULTS.json", "--out");
    }

    @Test
    void shouldRenderFromCodeForRunWithReport() throws IOException {
        RunResults results = ResultsCodec.read(write("results.json", "cpu", kernel("sequential", "1", "1K", 1)));
        StringWriter text = new StringWriter();
        Report report = ReportCommand.render(results, folder.resolve("report"), new PrintWriter(text));
        assertThat(report.index()).isRegularFile();
        assertThat(report.charts()).isNotEmpty();
        assertThat(text.toString()).contains("wrote " + report.summary());
    }
}

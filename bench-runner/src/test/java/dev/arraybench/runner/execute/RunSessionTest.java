package dev.arraybench.runner.execute;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.options.MeasurementSettings;
import dev.arraybench.runner.plan.Job;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunSessionTest {

    @TempDir
    Path folder;

    private final StringWriter console = new StringWriter();

    private static Job job(String size) {
        return new Job(dev.arraybench.scenarios.Scenarios.KERNEL, Map.of("op", "sum", "dtype", "int32", "size", size), List.of(),
                "sum int32 " + size);
    }

    private static BenchmarkResult result(Job job) {
        Map<String, String> params = job.params();
        return new BenchmarkResult(job.benchmark(), params, "avgt", "us/op", 10, 1, 9, 11,
                List.of(List.of(9.0, 10.0, 11.0)), DerivedFigures.of(params, "size", 10, "us/op", null, null));
    }

    private RunSession session(BenchmarkExecutor executor, Path file) {
        Environment environment = EnvironmentProbe.probe(List.of());
        RunResults start = new RunResults(RunResults.SCHEMA, environment, MeasurementSettings.QUICK.record(), null,
                List.of());
        return new RunSession(executor, start, file, new PrintWriter(console, true));
    }

    @Test
    void shouldRewriteTheFileAfterEveryBenchmark() {
        Path file = folder.resolve("results.json");
        List<Integer> seenOnDisk = new ArrayList<>();
        BenchmarkExecutor executor = job -> {
            seenOnDisk.add(ResultsCodec.read(file).benchmarks().size());
            return result(job);
        };
        int code = session(executor, file).measure(List.of(job("1K"), job("2K"), job("4K")), 1);
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(seenOnDisk).containsExactly(0, 1, 2);
        assertThat(ResultsCodec.read(file).benchmarks()).hasSize(3);
        assertThat(console.toString()).contains("[1/3] sum int32 1K", "[3/3] sum int32 4K", "10.0 ± 1.00 us");
    }

    @Test
    void shouldKeepWhatFinishedWhenABenchmarkFails() {
        Path file = folder.resolve("results.json");
        BenchmarkExecutor executor = job -> {
            if (job.params().get("size").equals("4K")) {
                throw new BenchmarkFailure("the fork crashed", null);
            }
            return result(job);
        };
        int code = session(executor, file).measure(List.of(job("1K"), job("2K"), job("4K"), job("8K")), 1);
        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(ResultsCodec.read(file).benchmarks()).extracting(r -> r.param("size")).containsExactly("1K", "2K");
        assertThat(console.toString()).contains("[3/4] sum int32 4K", "FAILED",
                "sum int32 4K failed: the fork crashed", "2 finished benchmark(s) kept in " + file);
    }
}

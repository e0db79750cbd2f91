package dev.arraybench.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultsCodecTest {

    @TempDir
    Path folder;

    static RunResults sample() {
        Environment environment = new Environment("0.1.0", "Eclipse Adoptium", "25.0.3+9-LTS",
                "OpenJDK 64-Bit Server VM", List.of("--add-modules", "jdk.incubator.vector", "-Xmx2g"),
                "Linux 6.1 amd64", "Example CPU @ 2.0GHz", 2, Map.of("L2", "2 MiB"), 25_000_000_000L, 512,
                "0123abcd", "2026-11-23T10:00:00Z", "2026-11-23T10:01:00Z");
        Settings settings = new Settings(1, 3, "1 s", 5, "1 s", List.of());
        BenchmarkResult scale = new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run",
                ordered("op", "scale", "dtype", "int32", "layout", "native", "strategy", "sequential",
                        "threads", "1", "size", "1M"),
                "avgt", "us/op", 50.0, 2.5, 47.5, 52.5, List.of(List.of(49.0, 50.0, 51.0)),
                DerivedFigures.of(Map.of("op", "scale", "dtype", "int32", "size", "1M"), "size", 50.0, "us/op", null, 8.0));
        return new RunResults(RunResults.SCHEMA, environment, settings, new Ceiling(40.0, 60.0, 2),
                dev.arraybench.core.analysis.TestDimensions.arraybench(), List.of(scale));
    }

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void shouldWriteTheGoldenDocument() throws IOException {
        Path file = Path.of("src/test/resources/golden/results.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, ResultsCodec.toJson(sample()));
        }
        assertThat(ResultsCodec.toJson(sample())).isEqualTo(Files.readString(file));
    }

    @Test
    void shouldReadBackWhatItWrote() throws IOException {
        Path file = folder.resolve("sub/results.json");
        ResultsCodec.write(sample(), file);
        assertThat(ResultsCodec.read(file)).isEqualTo(sample());
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void shouldDeriveTimePerElementAndBandwidth() {
        Derived derived = sample().benchmarks().getFirst().derived();
        assertThat(derived.nanosPerElement()).isEqualTo(0.05);
        assertThat(derived.gbPerSecond()).isEqualTo(160.0);
    }

    @Test
    void shouldReadPlainJmhJson() throws IOException {
        Path file = folder.resolve("jmh.json");
        Files.writeString(file, """
                [ { "jmhVersion": "1.37", "benchmark": "dev.arraybench.scenarios.KernelBenchmark.run",
                    "mode": "avgt", "threads": 1, "forks": 2, "jvmArgs": ["-Xmx1g"], "jdkVersion": "25",
                    "vmName": "OpenJDK", "warmupIterations": 1, "warmupTime": "1 s",
                    "measurementIterations": 2, "measurementTime": "1 s",
                    "params": {"op": "sum", "dtype": "int32", "layout": "heap", "strategy": "simd",
                               "threads": "1", "size": "1K"},
                    "primaryMetric": {"score": 1.5, "scoreError": 0.1, "scoreConfidence": [1.4, 1.6],
                        "scoreUnit": "us/op", "rawData": [[1.4, 1.6], [1.5, 1.5]]},
                    "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 16.0}} } ]
                """);
        RunResults results = ResultsCodec.read(file);
        BenchmarkResult result = results.benchmarks().getFirst();
        assertThat(result.params()).containsEntry("op", "sum").containsEntry("size", "1K");
        assertThat(result.samples()).containsExactly(List.of(1.4, 1.6), List.of(1.5, 1.5));
        assertThat(result.derived().bytesAllocatedPerOp()).isEqualTo(16.0);
        assertThat(results.settings().forks()).isEqualTo(2);
        assertThat(results.environment().jvmFlags()).containsExactly("-Xmx1g");
    }

    @Test
    void shouldReadEveryMachineOfAFleetFileAndTellOneMachineReadersWhatItHolds() throws IOException {
        Path file = folder.resolve("fleet.json");
        RunResults other = sample().withEnvironment(sample().environment().finishedAt("2026-11-24T00:00:00Z"));
        ResultsCodec.write(Fleet.of(List.of(sample(), other)), file);
        assertThat(Files.readString(file)).startsWith("{\n  \"schema\" : \"arraybench-fleet/1\",\n  \"machines\" : [");
        assertThat(ResultsCodec.readMachines(file)).containsExactly(sample(), other);
        assertThatThrownBy(() -> ResultsCodec.read(file)).isInstanceOf(ResultsFileException.class)
                .hasMessage(file + ": holds the results of 2 machines (arraybench-fleet/1): this command reads one"
                        + " machine; 'arraybench report' reads them all");
        Path plain = folder.resolve("one.json");
        ResultsCodec.write(sample(), plain);
        assertThat(ResultsCodec.readMachines(plain)).containsExactly(sample());
    }

    @Test
    void shouldNameTheMachineOfAFleetFileWithABadDocument() throws IOException {
        Path file = folder.resolve("fleet.json");
        String one = ResultsCodec.toJson(sample());
        Files.writeString(file, "{\"schema\": \"arraybench-fleet/1\", \"machines\": [" + one + ", "
                + one.replace("\"score\" : 50.0,", "") + "]}");
        assertThatThrownBy(() -> ResultsCodec.readMachines(file)).isInstanceOf(ResultsFileException.class)
                .hasMessage(file + "#2: benchmark #1: field \"score\" is missing (expected a number)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file|''|empty file",
        "truncated|'{\"schema\": \"arraybench/1\", \"benchm'|not valid JSON at line 1",
        "other schema|'{\"schema\": \"arraybench/9\"}'|schema \"arraybench/9\" is not supported",
        "no schema|'{\"benchmarks\": []}'|no \"schema\" field",
        "wrong shape|'{\"schema\": \"arraybench/1\", \"environment\": 3}'|field \"environment\" is the number 3",
    })
    void shouldNameTheFileAndTheProblem(String name, String text, String problem) throws IOException {
        Path file = folder.resolve(name + ".json");
        Files.writeString(file, text);
        assertThatThrownBy(() -> ResultsCodec.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void shouldRefuseABenchmarkWithoutAScore() throws IOException {
        Path file = folder.resolve("no-score.json");
        Files.writeString(file, ResultsCodec.toJson(sample()).replace("\"score\" : 50.0,", ""));
        assertThatThrownBy(() -> ResultsCodec.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessage(file + ": benchmark #1: field \"score\" is missing (expected a number)");
    }

    @Test
    void shouldSayWhenTheFileDoesNotExist() {
        Path file = folder.resolve("missing.json");
        assertThatThrownBy(() -> ResultsCodec.read(file)).hasMessage(file + ": no such file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NaN score|\"score\" : 50.0|\"score\" : \"NaN\"|score NaN",
        "negative score|\"score\" : 50.0|\"score\" : -1.0|score -1.0",
        "NaN sample|49.0|\"NaN\"|sample NaN",
        "negative sample|49.0|-49.0|sample -49.0",
        "missing sample|49.0|null|sample null",
        "no samples|[ [ 49.0, 50.0, 51.0 ] ]|[ ]|no raw samples",
    })
    void shouldRefuseValuesThatAreNotMeasurements(String name, String from, String to, String problem)
            throws IOException {
        String text = ResultsCodec.toJson(sample()).replace(from, to == null ? "" : to);
        Path file = folder.resolve(name + ".json");
        Files.writeString(file, text);
        assertThatThrownBy(() -> ResultsCodec.read(file))
                .isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("benchmark #1 (dev.arraybench.scenarios.KernelBenchmark.run")
                .hasMessageContaining(problem);
    }
}

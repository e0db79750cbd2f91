package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Benchmark names are a data contract: JMH's name of a benchmark (package, class and method) and the names of
 * its {@code @Param}s identify each result in a results file, in the results committed under docs/results
 * and in every user's gate history and history database. A benchmark moved to another package, renamed or
 * given other parameters matches none of them any more, so its history silently starts again. The names
 * are pinned here as literals, against what JMH's annotation processor generated (META-INF/BenchmarkList);
 * changing one is a decision to write down here, with a migration for the results that name the old one.
 */
class BenchmarkNamesTest {

    private static final List<String> PHASE_PARAMS = List.of("dtype", "layout", "op", "pool", "size", "threads");
    private static final List<String> CEILING_PARAMS = List.of("size", "threads");

    /** Every benchmark, by JMH's name, with its parameter names in alphabetical order. */
    private static final Map<String, List<String>> PINNED = new TreeMap<>(Map.of(
            "dev.arraybench.scenarios.KernelBenchmark.run",
            List.of("dtype", "layout", "op", "pool", "size", "strategy", "threads"),
            "dev.arraybench.scenarios.CopyPhaseBenchmark.allocate", PHASE_PARAMS,
            "dev.arraybench.scenarios.CopyPhaseBenchmark.copyOut", PHASE_PARAMS,
            "dev.arraybench.scenarios.CopyPhaseBenchmark.process", PHASE_PARAMS,
            "dev.arraybench.scenarios.CopyPhaseBenchmark.copyBack", PHASE_PARAMS,
            "dev.arraybench.scenarios.CeilingBenchmark.copy", CEILING_PARAMS,
            "dev.arraybench.scenarios.CeilingBenchmark.scale", CEILING_PARAMS,
            "dev.arraybench.scenarios.CeilingBenchmark.triad", CEILING_PARAMS));

    private static Map<String, List<String>> generated() throws IOException {
        Map<String, List<String>> names = new TreeMap<>();
        try (InputStream list = KernelBenchmark.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertThat(list).as("JMH's generated %s", BenchmarkList.BENCHMARK_LIST).isNotNull();
            for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(list)) {
                names.put(entry.getUsername(), List.copyOf(new TreeSet<>(entry.getParams().orElse(Map.of()).keySet())));
            }
        }
        return names;
    }

    @Test
    void shouldKeepEveryBenchmarkNameAndItsParameterNames() throws IOException {
        assertThat(generated()).isEqualTo(PINNED);
    }

    @Test
    void shouldKnowEveryBenchmarkTheCommittedResultsName() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("../docs/results"))) {
            files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        files = files.stream().filter(BenchmarkNamesTest::holdsResults).toList();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            for (RunResults machine : ResultsCodec.readMachines(file)) {
                for (BenchmarkResult result : machine.benchmarks()) {
                    assertThat(PINNED).as("%s in %s", result.benchmark(), file).containsKey(result.benchmark());
                    assertThat(new TreeSet<>(result.params().keySet())).as("parameters of %s in %s",
                            result.benchmark(), file).containsExactlyElementsOf(PINNED.get(result.benchmark()));
                }
            }
        }
    }

    /** Whether {@code file} holds measurements (not thresholds or a regret document, which name none). */
    private static boolean holdsResults(Path file) {
        try {
            String text = Files.readString(file);
            return !text.contains("\"arraybench-thresholds") && !text.contains("\"arraybench-regret/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

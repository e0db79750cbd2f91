package dev.arraybench.runner.search;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.command.BreakevenCommand;
import dev.arraybench.runner.execute.EnvironmentProbe;
import dev.arraybench.runner.execute.RemeasuredBenchmarks;
import dev.arraybench.runner.execute.RunSession;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.runner.plan.Job;
import dev.arraybench.runner.plan.JvmFlags;
import dev.arraybench.runner.plan.Matrix;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search against a fake executor whose variant pays from exactly 10,000 elements: sequential costs 1 ns
 * per element, the variant 5 µs per call plus 0.5 ns per element, with 1% noise. Each benchmark advances a
 * fake clock by 4 s, so budgets count benchmarks and nothing depends on real time.
 */
class BreakevenSearchTest {

    private static final double CROSSING = 10_000;
    private static final long SECONDS_PER_BENCHMARK = 4;

    @TempDir
    Path folder;

    private final StringWriter console = new StringWriter();
    private final AtomicLong clock = new AtomicLong();
    private final List<Job> measured = new ArrayList<>();
    private final Random noise = new Random(42);

    private BenchmarkResult fake(Job job) {
        measured.add(job);
        clock.addAndGet(SECONDS_PER_BENCHMARK * 1_000_000_000L);
        Map<String, String> params = job.params();
        long size = Sizes.parse(params.get("size"));
        boolean sequential = params.get("strategy").equals(Strategy.SEQUENTIAL.label());
        double nanos = sequential ? size : 5_000 + 0.5 * size;
        List<List<Double>> forks = new ArrayList<>();
        for (int fork = 0; fork < 2; fork++) {
            double forkShift = 1 + 0.01 * noise.nextGaussian();
            List<Double> samples = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                samples.add(nanos * forkShift * (1 + 0.005 * noise.nextGaussian()) / 1000);
            }
            forks.add(samples);
        }
        double score = forks.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElseThrow();
        return new BenchmarkResult(job.benchmark(), params, "avgt", "us/op", score, 0.01 * score, 0.99 * score,
                1.01 * score, forks, DerivedFigures.of(params, "size", score, "us/op", null, 8.0));
    }

    private static List<Combination> grid(long... sizes) {
        return Matrix.expand(List.of(Ops.onClassPath().byName("scale")), List.of(DType.parse("int32")), List.of(Layout.parse("native")),
                List.of(Strategy.SEQUENTIAL, Strategy.ZERO_COPY_PARALLEL), List.of(Pool.SPIN), List.of(2),
                java.util.Arrays.stream(sizes).boxed().toList());
    }

    private RunResults empty() {
        return new RunResults(RunResults.SCHEMA, EnvironmentProbe.probe(List.of()),
                BreakevenCommand.SETTINGS.record(), null, Scenarios.dimensions(), List.of());
    }

    private int search(RunResults start, Path file, Duration budget, List<Combination> grid) {
        RunSession session = new RunSession(this::fake, start, file, new PrintWriter(console, true));
        return new BreakevenSearch(session, new JvmFlags(false, List.of()), new PrintWriter(console, true),
                clock::get, budget, SECONDS_PER_BENCHMARK).search(grid);
    }

    private static BreakEven breakEven(Path file) {
        return Analysis.of(ResultsCodec.read(file)).breakEvens().getFirst();
    }

    @Test
    void shouldBracketAKnownCrossingWithinTheFactorAndStop() {
        Path file = folder.resolve("be.json");
        int code = search(empty(), file, Duration.ofHours(1), grid(1_000, 8_000, 64_000, 512_000));
        BreakEven found = breakEven(file);
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(found.bracketedWithin(BreakevenSearch.FACTOR)).isTrue();
        assertThat(found.crossing().low()).isLessThan(CROSSING * 1.1);
        assertThat(found.crossing().high()).isGreaterThan(CROSSING / 1.1);
        assertThat(console.toString()).contains("Every break-even is bracketed.",
                "of the budget left; the break-evens so far --",
                "scale int32 native zero-copy-parallel spin (2 threads): ≈ ", "[1] ", "(1:00:00 of the budget left) ... ");
        assertThat(measured.size()).isLessThan(60);
    }

    @Test
    void shouldKeepOneEntryPerBenchmarkWithAllItsForks() {
        Path file = folder.resolve("be.json");
        search(empty(), file, Duration.ofHours(1), grid(1_000, 8_000, 64_000, 512_000));
        RunResults results = ResultsCodec.read(file);
        long distinct = results.benchmarks().stream().map(BenchmarkResult::params).distinct().count();
        assertThat(results.benchmarks()).hasSize((int) distinct);
        assertThat(results.benchmarks().stream().mapToInt(r -> r.samples().size()).sum()).isEqualTo(2 * measured.size());
    }

    @Test
    void shouldReportOpenCrossingsWhenTheBudgetRunsOut() {
        Path file = folder.resolve("be.json");
        int code = search(empty(), file, Duration.ofSeconds(10 * SECONDS_PER_BENCHMARK),
                grid(1_000, 32_000, 1_024_000, 4_096_000));
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(measured).hasSize(10);
        assertThat(console.toString()).contains("OPEN", "1 break-even(s) still open");
    }

    @Test
    void shouldResumeFromWhatTheFileHolds() {
        Path file = folder.resolve("be.json");
        List<Combination> grid = grid(1_000, 8_000, 64_000, 512_000);
        search(empty(), file, Duration.ofSeconds(12 * SECONDS_PER_BENCHMARK), grid);
        int first = measured.size();
        measured.clear();
        search(RemeasuredBenchmarks.merge(ResultsCodec.read(file)), file, Duration.ofHours(1), grid);
        assertThat(first).isEqualTo(12);
        assertThat(measured).noneMatch(job -> grid.stream().anyMatch(c -> c.params().equals(job.params()))
                && measured.indexOf(job) < 2);
        assertThat(breakEven(file).bracketedWithin(BreakevenSearch.FACTOR)).isTrue();
        assertThat(ResultsCodec.read(file).benchmarks().stream().mapToInt(r -> r.samples().size()).sum())
                .isEqualTo(2 * (first + measured.size()));
    }

    @Test
    void shouldBisectOnLogSizeToAShortLabel() {
        assertThat(SearchTarget.midpoint(16_384, 65_536)).isEqualTo(32_768);
        assertThat(SearchTarget.midpoint(1_000, 8_000)).isBetween(2_700L, 2_950L);
    }
}

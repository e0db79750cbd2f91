package dev.arraybench.runner.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.command.BreakevenCommand;
import dev.arraybench.runner.execute.BenchmarkExecutor;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search against a simulated machine whose variant pays from 10,000 elements when it does not drift
 * (see {@link DriftingMachine}): each fork advances a fake clock by 3 s, so budgets count benchmarks and
 * nothing depends on real time.
 */
class BreakevenSearchTest {

    private static final long SECONDS_PER_FORK = 3;

    @TempDir
    Path folder;

    private final StringWriter console = new StringWriter();
    private final AtomicLong clock = new AtomicLong();
    private final List<Job> measured = new ArrayList<>();

    private static List<Combination> grid(long... sizes) {
        return Matrix.expand(List.of(Ops.onClassPath().byName("scale")), List.of(DType.parse("int32")),
                List.of(Layout.parse("native")), List.of(Strategy.SEQUENTIAL, Strategy.ZERO_COPY_PARALLEL),
                List.of(Pool.SPIN), List.of(2), Arrays.stream(sizes).boxed().toList());
    }

    private static RunResults empty() {
        return new RunResults(RunResults.SCHEMA, EnvironmentProbe.probe(List.of()),
                BreakevenCommand.SETTINGS.record(), null, Scenarios.dimensions(), List.of());
    }

    private int search(BenchmarkExecutor machine, RunResults start, Path file, Duration budget,
            List<Combination> grid, long seed) {
        BenchmarkExecutor recording = job -> {
            measured.add(job);
            return machine.measure(job);
        };
        RunSession session = new RunSession(recording, start, file, new PrintWriter(console, true));
        return new BreakevenSearch(session, new JvmFlags(false, List.of()), new PrintWriter(console, true),
                clock::get, budget, SECONDS_PER_FORK, seed).search(grid);
    }

    private DriftingMachine steady(long seed) {
        return new DriftingMachine(clock, 0, 20, SECONDS_PER_FORK, 1, seed);
    }

    private static BreakEven breakEven(Path file) {
        return Analysis.of(ResultsCodec.read(file)).breakEvens().get(0);
    }

    @Test
    void shouldBracketAKnownCrossingWithinTheFactorAndStop() {
        Path file = folder.resolve("be.json");
        DriftingMachine machine = steady(42);
        int code = search(machine, empty(), file, Duration.ofHours(1), grid(1_000, 8_000, 64_000, 512_000), 1);
        BreakEven found = breakEven(file);
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(found.bracketedWithin(BreakevenSearch.FACTOR)).isTrue();
        assertThat(found.crossing().low()).isLessThan(machine.truth() * 1.1);
        assertThat(found.crossing().high()).isGreaterThan(machine.truth() / 1.1);
        assertThat(console.toString()).contains("Every break-even is bracketed.", "-- round 1: 8 benchmark(s) at 4"
                + " size(s), in random order --", "-- round 2: 6 benchmark(s) at 3 size(s)", "of the budget left; the break-evens"
                + " so far --", "scale int32 native zero-copy-parallel spin (2 threads): ", "between-round spread ±",
                "[1] ", "(1:00:00 of the budget left) ... ");
        assertThat(measured.size()).isLessThan(80);
    }

    @Test
    void shouldMeasureEverySizeButTheFarOnesInTwoRoundsAtLeastInAShuffledOrder() {
        Path file = folder.resolve("be.json");
        search(steady(1), empty(), file, Duration.ofHours(1), grid(1_000, 8_000, 64_000, 512_000), 3);
        RunResults results = ResultsCodec.read(file);
        long distinct = results.benchmarks().stream().map(BenchmarkResult::params).distinct().count();
        assertThat(results.benchmarks()).hasSize((int) distinct);
        // at 1K the variant is 5.5 times slower (5 us per call against 1 us): one round says enough there
        assertThat(results.benchmarks()).allSatisfy(result -> assertThat(result.samples())
                .hasSizeGreaterThan(result.param(Scenarios.SIZE).equals("1K") ? 0 : 1));
        assertThat(results.benchmarks()).filteredOn(result -> result.param(Scenarios.SIZE).equals("1K"))
                .hasSize(2).allSatisfy(result -> assertThat(result.samples()).hasSize(1));
        assertThat(results.benchmarks().stream().mapToInt(r -> r.samples().size()).sum()).isEqualTo(measured.size());
        List<Long> firstRound = measured.subList(0, 8).stream().map(job -> Sizes.parse(job.params().get("size")))
                .toList();
        assertThat(firstRound).isNotEqualTo(firstRound.stream().sorted().toList());
    }

    @Test
    void shouldReportOpenCrossingsWhenTheBudgetRunsOut() {
        Path file = folder.resolve("be.json");
        int code = search(steady(2), empty(), file, Duration.ofSeconds(10 * SECONDS_PER_FORK),
                grid(1_000, 32_000, 1_024_000, 4_096_000), 1);
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(measured).hasSize(10);
        // the round the budget cuts short names the sizes it keeps, not the sizes it planned
        assertThat(console.toString()).contains("OPEN", "1 break-even(s) still open",
                "-- round 2: 2 benchmark(s) at 1 size(s), in random order --");
    }

    @Test
    void shouldResumeFromWhatTheFileHolds() {
        Path file = folder.resolve("be.json");
        List<Combination> grid = grid(1_000, 8_000, 64_000, 512_000);
        search(steady(3), empty(), file, Duration.ofSeconds(12 * SECONDS_PER_FORK), grid, 1);
        int first = measured.size();
        measured.clear();
        search(steady(4), RemeasuredBenchmarks.merge(ResultsCodec.read(file)), file, Duration.ofHours(1), grid, 2);
        assertThat(first).isEqualTo(12);
        // the grid's rounds are 8 + 6 benchmarks (1K, far from breaking even, gets one): 2 were left to measure
        assertThat(measured.subList(0, 2)).allMatch(job -> grid.stream().anyMatch(c -> c.params().equals(job.params())));
        assertThat(breakEven(file).bracketedWithin(BreakevenSearch.FACTOR)).isTrue();
        assertThat(ResultsCodec.read(file).benchmarks().stream().mapToInt(r -> r.samples().size()).sum())
                .isEqualTo(first + measured.size());
    }

    @Test
    void shouldBisectOnLogSizeToAShortLabel() {
        assertThat(SearchTarget.midpoint(16_384, 65_536)).isEqualTo(32_768);
        assertThat(SearchTarget.midpoint(1_000, 8_000)).isBetween(2_700L, 2_950L);
    }
}

package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.analysis.TestDimensions;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.analysis.Variant;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import dev.arraybench.core.stats.Interval;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The per-cell decision of the map on synthetic speedups with known answers. */
class DecisionMapTest {

    private static final Case CASE = Case.of("scale", "int32", "native");
    private static final Variant BASELINE = new Variant("sequential", "", 1, 0, true, true);
    private static final Variant ZERO_COPY = new Variant("zero-copy-parallel", "spin", 2, 2, false, false);
    private static final Variant SIMD = new Variant("simd", "", 1, 3, true, false);
    private static final Variant SIMD_PARALLEL = new Variant("simd-parallel", "spin", 2, 4, false, false);

    private static Speedup speedup(Variant variant, double estimate, double low, double high) {
        return new Speedup(CASE, variant, 1 << 20, BASELINE, new Interval(estimate, low, high));
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("the reliably faster variant with the largest estimate", List.of(speedup(SIMD, 1.4,
                        1.3, 1.5), speedup(ZERO_COPY, 3.2, 2.9, 3.5), speedup(SIMD_PARALLEL, 3.4, 0.8, 6.0)),
                        DecisionMap.Kind.FASTER, ZERO_COPY),
                Arguments.of("a tie between reliable variants broken by the larger estimate",
                        List.of(speedup(ZERO_COPY, 2.0, 1.5, 2.6), speedup(SIMD_PARALLEL, 2.1, 1.4, 2.5)),
                        DecisionMap.Kind.FASTER, SIMD_PARALLEL),
                Arguments.of("undecided when the best candidate's interval straddles one",
                        List.of(speedup(SIMD, 0.5, 0.45, 0.55), speedup(ZERO_COPY, 1.05, 0.95, 1.15)),
                        DecisionMap.Kind.UNDECIDED, ZERO_COPY),
                Arguments.of("undecided when the best candidate has no interval",
                        List.of(speedup(SIMD, 1.5, Double.NaN, Double.NaN)), DecisionMap.Kind.UNDECIDED, SIMD),
                Arguments.of("the baseline when nothing is faster and the best is reliably slower",
                        List.of(speedup(SIMD, 0.9, 0.85, 0.95), speedup(ZERO_COPY, 0.3, 0.2, 0.4)),
                        DecisionMap.Kind.BASELINE, SIMD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void shouldDecideACellByTheReliablyFasterCandidateElseByTheBest(String answer, List<Speedup> candidates,
            DecisionMap.Kind kind, Variant best) {
        DecisionMap.Cell cell = DecisionMap.decide(candidates);
        assertThat(cell.kind()).isEqualTo(kind);
        assertThat(cell.best().variant()).isEqualTo(best);
        assertThat(cell.size()).isEqualTo(1 << 20);
    }

    @Test
    void shouldPlaceCellEdgesHalfwayBetweenSizesOnTheLogAxis() {
        List<DecisionMap.Cell> cells = List.of(new DecisionMap.Cell(1024, DecisionMap.Kind.BASELINE, null),
                new DecisionMap.Cell(4096, DecisionMap.Kind.BASELINE, null));
        assertThat(DecisionMapChart.edges(cells)).containsExactly(512, 2048, 8192);
    }

    @Test
    void shouldLabelCellsWithTwoSignificantDigits() {
        assertThat(DecisionMapChart.shortSpeedup(3.24)).isEqualTo("3.2x");
        assertThat(DecisionMapChart.shortSpeedup(12.4)).isEqualTo("12x");
    }

    @Test
    void shouldMapSlowerUndecidedAndFasterSizesOfAnAnalysis() throws IOException {
        Analysis analysis = Analysis.of(threeVerdicts());
        List<DecisionMap.Row> rows = DecisionMap.of(analysis);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.cells())
                .extracting(DecisionMap.Cell::kind).containsExactly(DecisionMap.Kind.BASELINE,
                        DecisionMap.Kind.UNDECIDED, DecisionMap.Kind.FASTER));
        assertThat(DecisionWords.sentence(analysis, rows.getFirst(), text -> text))
                .isEqualTo("zero-copy-parallel (2 threads) from ~16K [5.7K–34K] elements (2.00x at 1M); below that, sequential"
                        + " at 1K, undecided at 16K.");
        ChartImage image = DecisionMapChart.image(analysis, rows);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(png.getWidth()).isEqualTo(ChartStyle.WIDTH);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/decision-map-verdicts.png"), image.png());
    }

    @Test
    void shouldDecideOnlyTheSizesAtWhichEveryVariantWasMeasured() {
        List<BenchmarkResult> benchmarks = new ArrayList<>(threeVerdicts().benchmarks());
        List<List<Double>> steady = List.of(List.of(100.0, 100.0, 100.0), List.of(100.0, 100.0, 100.0));
        List<List<Double>> slower = List.of(List.of(200.0, 200.0, 200.0), List.of(200.0, 200.0, 200.0));
        for (String size : List.of("1K", "16K", "1M")) {
            benchmarks.add(kernel("simd", "1", size, slower));
        }
        // a search's bisection: zero-copy-parallel alone at 128K, where simd was never measured
        benchmarks.add(kernel("sequential", "1", "128K", steady));
        benchmarks.add(kernel("zero-copy-parallel", "2", "128K", slower));
        RunResults base = threeVerdicts();
        Analysis analysis = Analysis.of(new RunResults(base.schema(), base.environment(), base.settings(), null,
                base.dimensions(), benchmarks));
        assertThat(DecisionMap.of(analysis)).singleElement().satisfies(row -> assertThat(row.cells())
                .extracting(DecisionMap.Cell::size).containsExactly(1_000L, 16_000L, 1_000_000L));
    }

    /** One case: slower at 1K, undecided at 16K, twice as fast at 1M. */
    private static RunResults threeVerdicts() {
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        List<List<Double>> steady = List.of(List.of(100.0, 100.0, 100.0), List.of(100.0, 100.0, 100.0));
        List<List<Double>> noisy = List.of(List.of(70.0, 130.0, 100.0), List.of(130.0, 70.0, 100.0));
        for (String size : List.of("1K", "16K", "1M")) {
            benchmarks.add(kernel("sequential", "1", size, steady));
            benchmarks.add(kernel("zero-copy-parallel", "2", size, switch (size) {
                case "1K" -> List.of(List.of(300.0, 300.0, 300.0), List.of(300.0, 300.0, 300.0));
                case "16K" -> noisy;
                default -> List.of(List.of(50.0, 50.0, 50.0), List.of(50.0, 50.0, 50.0));
            }));
        }
        Environment environment = new Environment("test", "vendor", "25", "vm", List.of(), "os", "cpu", 2, Map.of(),
                0, 256, null, null, null);
        return new RunResults(RunResults.SCHEMA, environment, new Settings(1, 1, "1 s", 3, "1 s", List.of()), null,
                TestDimensions.arraybench(), benchmarks);
    }

    private static BenchmarkResult kernel(String strategy, String threads, String size, List<List<Double>> forks) {
        Map<String, String> params = TestDimensions.kernelParams("scale", "int32", "native", strategy, null, threads,
                size);
        double mean = forks.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElseThrow();
        return new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run", params, "avgt", "ns/op", mean, Double.NaN, Double.NaN, Double.NaN,
                forks, DerivedFigures.of(params, "size", mean, "ns/op", null, 8.0));
    }
}

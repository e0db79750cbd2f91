package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelPointsTest {

    @Test
    void shouldKeepEachPoolOfAParallelStrategyApartAndIgnoreThePoolOfSequentialOnes() {
        Analysis analysis = new Synthetic()
                .pooled("sequential", "forkjoin", 1, "1M", 100, 100)
                .pooled("zero-copy-parallel", "forkjoin", 2, "1M", 90, 90)
                .pooled("zero-copy-parallel", "spin", 2, "1M", 30, 30)
                .analysis();
        assertThat(analysis.points()).extracting(point -> point.variant().label())
                .containsExactly("sequential", "zero-copy-parallel forkjoin (2 threads)",
                        "zero-copy-parallel spin (2 threads)");
        assertThat(analysis.speedups()).extracting(speedup -> speedup.variant().line())
                .containsExactly("zero-copy-parallel forkjoin", "zero-copy-parallel spin");
    }

    @Test
    void shouldOrderByCaseThenVariantThenSizeAndKeepTheLaterOfTwoEqualResults() {
        Analysis analysis = new Synthetic()
                .kernel("simd", 1, "4K", 9, 9)
                .kernel("sum", "sequential", 1, "1K", "ns/op", List.of(Synthetic.box(1, 1)))
                .kernel("sequential", 1, "4K", 8, 8)
                .kernel("sequential", 1, "1K", 2, 2)
                .kernel("sequential", 1, "1K", 3, 3)
                .analysis();
        assertThat(analysis.points()).extracting(p -> p.kase().values().getFirst() + " " + p.variant().label() + " " + p.sizeLabel()
                + " " + p.nanosPerOp().estimate())
                .containsExactly("scale sequential 1K 3.0", "scale sequential 4K 8.0", "scale simd 4K 9.0",
                        "sum sequential 1K 1.0");
        assertThat(analysis.cases()).extracting(Case::label).containsExactly("scale int32 native", "sum int32 native");
        assertThat(analysis.points().getFirst().nanosPerElement().estimate()).isEqualTo(0.003);
    }

    @Test
    void shouldLeaveOutResultsWithMissingOrUnreadableParametersOrUnits() {
        Synthetic synthetic = new Synthetic()
                .kernel("sequential", 1, "lots", 1, 1)
                .kernel("sequential", 0, "1K", 1, 1)
                .kernel("scale", "sequential", 1, "1K", "B/op", List.of(Synthetic.box(1)));
        Map<String, String> noStrategy = new LinkedHashMap<>();
        noStrategy.put("op", "scale");
        noStrategy.put("size", "1K");
        synthetic.add("dev.arraybench.scenarios.CeilingBenchmark.copy", noStrategy, "ns/op", List.of(Synthetic.box(1)));
        assertThat(synthetic.analysis().points()).isEmpty();
    }

    @Test
    void shouldLabelVariantsAndSortByTheFilesOrderWithTheBaselineFirst() {
        assertThat(new Variant("simd", "", 1, 3, true, false).label()).isEqualTo("simd");
        assertThat(new Variant("zero-copy-parallel", "spin", 1, 2, false, false).label())
                .isEqualTo("zero-copy-parallel spin (1 thread)");
        assertThat(new Variant("copy-parallel", "", 8, 1, false, false).label()).isEqualTo("copy-parallel (8 threads)");
        assertThat(List.of(new Variant("zzz", "", 1, 5, true, false), new Variant("simd", "", 1, 3, true, false),
                new Variant("copy-parallel", "spin", 2, 1, false, false), new Variant("sequential", "", 1, 0, true, true))
                .stream().sorted().map(Variant::strategy))
                .containsExactly("sequential", "copy-parallel", "simd", "zzz");
    }
}

package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedupsTest {

    @Test
    void shouldCompareWithSequentialOnOneThreadWhenNoSequentialRanOnTheSameThreads() {
        Analysis analysis = new Synthetic()
                .kernel("sequential", 1, "1M", 400, 400)
                .kernel("zero-copy-parallel", 2, "1M", 200, 200)
                .kernel("simd", 1, "1M", 100, 100)
                .analysis();
        assertThat(analysis.speedups()).extracting(s -> s.variant().label(), s -> s.speedup().estimate())
                .containsExactly(tuple("zero-copy-parallel (2 threads)", 2.0),
                        tuple("simd", 4.0));
        assertThat(analysis.speedups()).allMatch(s -> s.baseline().equals(new Variant("sequential", "", 1, 0, true, true)));
    }

    @Test
    void shouldPreferSequentialOfTheSameThreadCountWhenPresent() {
        Analysis analysis = new Synthetic()
                .kernel("sequential", 1, "1M", 400, 400)
                .kernel("sequential", 2, "1M", 300, 300)
                .kernel("copy-parallel", 2, "1M", 600, 600)
                .analysis();
        Speedup speedup = analysis.speedups().getFirst();
        assertThat(speedup.baseline()).isEqualTo(new Variant("sequential", "", 2, 0, true, true));
        assertThat(speedup.speedup().estimate()).isEqualTo(0.5);
        assertThat(speedup.reliablySlower()).isTrue();
    }

    @Test
    void shouldSkipVariantsWithoutABaselineOfTheSameSizeAndCase() {
        Analysis analysis = new Synthetic()
                .kernel("sequential", 1, "1M", 400, 400)
                .kernel("simd", 1, "2M", 100, 100)
                .analysis();
        assertThat(analysis.speedups()).isEmpty();
    }

    @Test
    void shouldNormaliseUnitsBeforeDividing() {
        Analysis analysis = new Synthetic()
                .kernel("scale", "sequential", 1, "1M", "us/op", List.of(Synthetic.box(2, 2)))
                .kernel("scale", "simd", 1, "1M", "ns/op", List.of(Synthetic.box(500, 500)))
                .kernel("scale", "zero-copy-parallel", 2, "1M", "ops/ms", List.of(Synthetic.box(1000, 1000)))
                .analysis();
        assertThat(analysis.speedups()).extracting(s -> s.speedup().estimate())
                .satisfiesExactly(parallel -> assertThat(parallel).isCloseTo(2, within(1e-9)),
                        simd -> assertThat(simd).isCloseTo(4, within(1e-9)));
    }
}

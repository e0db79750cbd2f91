package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadScalingsTest {

    @Test
    void shouldGroupSpeedupsByStrategyAndSizeWhenSeveralThreadCountsRan() {
        Analysis analysis = new Synthetic()
                .kernel("sequential", 1, "1M", 400, 400)
                .kernel("zero-copy-parallel", 4, "1M", 125, 125)
                .kernel("zero-copy-parallel", 1, "1M", 400, 400)
                .kernel("zero-copy-parallel", 2, "1M", 200, 200)
                .kernel("copy-parallel", 2, "1M", 800, 800)
                .analysis();
        assertThat(analysis.scaling()).hasSize(1);
        ThreadScaling scaling = analysis.scaling().getFirst();
        assertThat(scaling.strategy()).isEqualTo("zero-copy-parallel");
        assertThat(scaling.size()).isEqualTo(1_000_000);
        assertThat(scaling.speedups()).extracting(s -> s.variant().threads()).containsExactly(1, 2, 4);
        assertThat(scaling.speedups()).extracting(s -> s.speedup().estimate()).containsExactly(1.0, 2.0, 3.2);
    }
}

package dev.arraybench.scenarios.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The labels are a data contract (command line, JMH parameters, results files): each is pinned here. */
class LabelledTest {

    @Test
    void shouldKeepEveryLabelOfEveryDimension() {
        assertThat(labels(DType.values())).containsExactly("int32", "int64", "float32", "float64");
        assertThat(labels(Layout.values())).containsExactly("heap", "native");
        assertThat(labels(Strategy.values())).containsExactly(
                "sequential", "plain", "copy-parallel", "zero-copy-parallel", "simd", "simd-parallel");
        assertThat(labels(Pool.values())).containsExactly("forkjoin", "spin");
    }

    @Test
    void shouldPrintAConstantAsItsLabel() {
        assertThat(Strategy.ZERO_COPY_PARALLEL).hasToString("zero-copy-parallel");
        assertThat(DType.FLOAT32).hasToString("float32");
        assertThat(Layout.NATIVE).hasToString("native");
        assertThat(Pool.FORKJOIN).hasToString("forkjoin");
    }

    @Test
    void shouldParseALabelIgnoringCaseAndBlanks() {
        assertThat(Strategy.parse(" Copy-Parallel ")).isEqualTo(Strategy.COPY_PARALLEL);
        assertThat(Pool.parse("SPIN")).isEqualTo(Pool.SPIN);
    }

    @Test
    void shouldNameTheDimensionAndTheLabelsWhenParsingFails() {
        assertThatThrownBy(() -> Layout.parse("copy_parallel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layout: 'copy_parallel' (expected one of heap, native)");
    }

    private static String[] labels(Labelled... values) {
        return Arrays.stream(values).map(Labelled::label).toArray(String[]::new);
    }
}

package dev.arraybench.scenarios.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrategyTest {

    @Test
    void shouldParseEveryLabelBackToItsStrategy() {
        for (Strategy strategy : Strategy.values()) {
            assertThat(Strategy.parse(" " + strategy.label().toUpperCase() + " ")).isEqualTo(strategy);
        }
    }

    @Test
    void shouldNameTheValueAndTheChoicesWhenTheLabelIsUnknown() {
        assertThatThrownBy(() -> Strategy.parse("turbo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("strategy: 'turbo' (expected one of sequential, plain, copy-parallel, zero-copy-parallel, "
                        + "simd, simd-parallel)");
    }
}

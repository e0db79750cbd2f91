package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Where two straight-line cost models say the variant pays, for every sign of the two differences. */
class CostComparisonTest {

    private static CostComparison compare(double baseFixed, double basePerElement, double fixed, double perElement) {
        return new CostComparison(new CostModel(baseFixed, basePerElement, 1_000, 1_000_000, 4),
                new CostModel(fixed, perElement, 1_000, 1_000_000, 4), "");
    }

    @Test
    void shouldPayFromTheSizeWhereTheSavingCoversTheExtraFixedCost() {
        CostComparison cost = compare(100, 1.0, 2_100, 0.5);
        assertThat(cost.paysFrom()).isCloseTo(4_000, within(1e-6));
        assertThat(cost.paysBelow()).isNaN();
    }

    @Test
    void shouldPayAtAnySizeWhenCheaperPerCallAndPerElement() {
        CostComparison cost = compare(100, 1.0, 50, 0.5);
        assertThat(cost.paysFrom()).isZero();
        assertThat(cost.paysBelow()).isNaN();
    }

    @Test
    void shouldNeverPayWhenDearerPerCallAndPerElement() {
        CostComparison cost = compare(100, 1.0, 8_000, 2.0);
        assertThat(cost.paysFrom()).isInfinite();
        assertThat(cost.paysBelow()).isNaN();
    }

    @Test
    void shouldPayOnlyBelowASizeWhenCheaperPerCallButDearerPerElement() {
        // 370 ns less per call, 1.02 ns more per element: faster below about 363 elements, never from a size on
        CostComparison cost = compare(500, 0.08, 130, 1.10);
        assertThat(cost.paysFrom()).isInfinite();
        assertThat(cost.paysBelow()).isCloseTo(370 / 1.02, within(1e-6));
    }
}

package dev.arraybench.scenarios.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpsTest {

    @Test
    void shouldListEveryOpOfTheDesignOnce() {
        assertThat(Ops.all()).extracting(Op::name)
                .containsExactly("scale", "add", "clip", "poly", "sum", "mean", "min", "max", "var");
    }

    @Test
    void shouldFindOpsByName() {
        assertThat(Ops.byName(" Sum ")).isInstanceOf(Sum.class);
        assertThat(Ops.byName("add").inputs()).isEqualTo(2);
        assertThat(Ops.byName("var").writes()).isFalse();
    }

    @Test
    void shouldNameTheValueAndTheChoicesWhenTheOpIsUnknown() {
        assertThatThrownBy(() -> Ops.byName("scael"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("op: 'scael' (expected one of scale, add, clip, poly, sum, mean, min, max, var)");
    }

    @Test
    void shouldRefuseAClipRangeWhoseMinimumExceedsItsMaximum() {
        assertThatThrownBy(() -> new Clip(1, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clip range: [1.0, -1.0] (expected min <= max, both numbers)");
        assertThatThrownBy(() -> new Clip(0, 1, 5, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clip range: [5, 4] (expected min <= max)");
    }

    @Test
    void shouldRefuseAScaleFactorThatIsNotFinite() {
        assertThatThrownBy(() -> new Scale(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor: NaN (expected a finite number)");
    }

    @Test
    void shouldKeepThePolynomialInsideTheUnitIntervalSoRepeatedCallsStayFinite() {
        double bound = Poly.REAL_COEFFICIENTS.stream().mapToDouble(Math::abs).sum();
        assertThat(bound).isLessThan(1.0);
    }
}

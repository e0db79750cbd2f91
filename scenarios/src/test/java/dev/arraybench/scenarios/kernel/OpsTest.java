package dev.arraybench.scenarios.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsTest {

    @Test
    void shouldDiscoverEveryBuiltInOpOfTheDesignOnceInTheOrderOfItsRegistration() {
        assertThat(Ops.onClassPath().all()).extracting(Op::name).doesNotHaveDuplicates()
                .startsWith("scale", "add", "clip", "poly", "sum", "mean", "min", "max", "var");
        assertThat(Ops.onClassPath().all()).allMatch(Ops::builtIn);
        assertThat(Ops.onClassPath().added()).isEmpty();
    }

    @Test
    void shouldDiscoverAUsersOpsAfterTheBuiltInOnesAndMarkThemAsAdded(@TempDir Path jar) {
        Ops ops = SampleOps.discover(jar, SampleOps.Dot.class, SampleOps.Negate.class);
        assertThat(ops.all()).extracting(Op::name)
                .containsExactly("scale", "add", "clip", "poly", "sum", "mean", "min", "max", "var", "dot", "negate");
        assertThat(ops.added()).extracting(Op::name).containsExactly("dot", "negate");
        assertThat(Ops.builtIn(ops.byName("negate"))).isFalse();
        assertThat(ops.byName("dot").inputs()).isEqualTo(2);
    }

    @Test
    void shouldFindOpsByName() {
        assertThat(Ops.onClassPath().byName(" Sum ")).isInstanceOf(Sum.class);
        assertThat(Ops.onClassPath().byName("add").inputs()).isEqualTo(2);
        assertThat(Ops.onClassPath().byName("var").writes()).isFalse();
    }

    @Test
    void shouldNameTheValueAndTheChoicesWhenTheOpIsUnknown() {
        assertThatThrownBy(() -> Ops.onClassPath().byName("scael"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("op: 'scael' (expected one of scale, add, clip, poly, sum, mean, min, max, var)");
    }

    @Test
    void shouldRefuseTwoOpsOfTheSameName(@TempDir Path jar) {
        assertThatThrownBy(() -> SampleOps.discover(jar, SampleOps.Negate.class, Twin.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("op: 'negate' is registered twice, by " + SampleOps.Negate.class.getName() + " and "
                        + Twin.class.getName() + " (expected unique names)");
    }

    @Test
    void shouldRefuseAClassThatIsNotAnOp(@TempDir Path jar) {
        assertThatThrownBy(() -> SampleOps.discover(jar, OpsTest.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("op: ")
                .hasMessageContaining(OpsTest.class.getName() + " not a subtype");
    }

    @Test
    void shouldRefuseANameTheCommandLineCannotTake(@TempDir Path jar) {
        assertThatThrownBy(() -> SampleOps.discover(jar, Shouting.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("op: " + Shouting.class.getName() + " is named 'My Op' (expected lower-case letters,"
                        + " digits and '-', starting with a letter)");
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

    /** A second op named {@code negate}. */
    public static final class Twin extends SampleOps.Negate {
    }

    /** An op whose name has capitals and a space. */
    public static final class Shouting extends SampleOps.Negate {
        @Override
        public String name() {
            return "My Op";
        }
    }
}

package dev.arraybench.core.regret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.core.size.Sizes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeldOutSizesTest {

    private static final Set<Long> SEARCHED = Set.of(1_000L, 8_000L, 64_000L, 512_000L, 4_000_000L, 4_096_000L,
            3_000L, 24_000L, 23_000L, 16_384L, 32_768L);

    @Test
    void shouldSpreadTheSizesOnLogScaleBetweenTheEnds() {
        List<Long> sizes = HeldOutSizes.between(3_000, 3_000_000, 10, SEARCHED);
        assertThat(sizes).hasSize(10).isSorted();
        for (int i = 1; i < sizes.size(); i++) {
            double step = (double) sizes.get(i) / sizes.get(i - 1);
            assertThat(step).isBetween(1.6, 2.6);
        }
        assertThat(sizes.get(0)).isBetween(2_500L, 3_600L);
        assertThat(sizes.get(sizes.size() - 1)).isBetween(2_500_000L, 3_600_000L);
    }

    @Test
    void shouldAvoidEverySizeTheSearchMeasured() {
        List<Long> sizes = HeldOutSizes.between(1_000, 4_000_000, 12, SEARCHED);
        assertThat(sizes).doesNotContainAnyElementsOf(SEARCHED);
    }

    @Test
    void shouldTakeDecimalAndBinarySizesByTurns() {
        List<Long> sizes = HeldOutSizes.between(3_000, 3_000_000, 10, SEARCHED);
        long binary = sizes.stream().filter(size -> Sizes.label(size).endsWith("i")).count();
        long decimal = sizes.stream().filter(size -> Sizes.label(size).matches("\\d+[KM]?")).count();
        assertThat(binary).isGreaterThanOrEqualTo(4);
        assertThat(decimal).isGreaterThanOrEqualTo(4);
    }

    @Test
    void shouldRefuseAnEmptyRequest() {
        assertThatThrownBy(() -> HeldOutSizes.between(1_000, 10_000, 0, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held-out: 0 sizes");
        assertThatThrownBy(() -> HeldOutSizes.between(10_000, 1_000, 3, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 1 <= from <= to");
    }
}

package dev.arraybench.core.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "0, 0", "1000, 1000", "1K, 1000", "1k, 1000", "1M, 1000000", "64M, 64000000", "1G, 1000000000",
        "1Ki, 1024", "64Ki, 65536", "1Mi, 1048576", "1Gi, 1073741824", "1.5M, 1500000", "' 4M ', 4000000"
    })
    void shouldReadCountsWithDecimalAndBinarySuffixes(String text, long expected) {
        assertThat(Sizes.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1Q", "-5", "0..", "", "M", "1.5", "1e6", "1MB"})
    void shouldRefuseTextThatIsNotASize(String text) {
        assertThatThrownBy(() -> Sizes.parseList(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("size: '");
    }

    @Test
    void shouldRefuseSizesBeyondTheLimit() {
        assertThatThrownBy(() -> Sizes.parse("2000G"))
                .hasMessage("size: '2000G' (expected at most 1Ti)".replace("1Ti", Sizes.label(Sizes.MAX)));
    }

    @Test
    void shouldExpandRangesGeometricallyDoublingByDefault() {
        assertThat(Sizes.parseList("1K..16K")).containsExactly(1000L, 2000L, 4000L, 8000L, 16000L);
        assertThat(Sizes.parseList("1K..64M:x4")).hasSize(9).startsWith(1000L, 4000L).endsWith(64_000_000L);
        assertThat(Sizes.parseList("1Ki..4Ki")).containsExactly(1024L, 2048L, 4096L);
    }

    @Test
    void shouldKeepListOrderAndDropRepeats() {
        assertThat(Sizes.parseList("1M, 1K..4K, 1000000")).containsExactly(1_000_000L, 1000L, 2000L, 4000L);
    }

    @ParameterizedTest
    @CsvSource({"1K..1, FROM <= TO", "0..1M, 1 <= FROM", "1K..1M:x1, step of x2"})
    void shouldExplainWhatIsWrongWithARange(String text, String hint) {
        assertThatThrownBy(() -> Sizes.parseList(text)).hasMessageContaining(hint);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "999, 999", "1000, 1K", "1000000, 1M", "64000000, 64M", "1024, 1Ki", "1048576, 1Mi",
        "1500000, 1500K", "4096000, 4096K", "3, 3"})
    void shouldLabelSizesCanonically(long size, String label) {
        assertThat(Sizes.label(size)).isEqualTo(label);
        assertThat(Sizes.parse(label)).isEqualTo(size);
    }
}

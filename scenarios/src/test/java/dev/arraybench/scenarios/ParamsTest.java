package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.core.strategy.Threads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "4096, 4096",
        "1K, 1000",
        "1M, 1000000",
        "2G, 2000000000",
        "1Ki, 1024",
        "64Mi, 67108864",
        "1Gi, 1073741824",
        "' 3m ', 3000000",
        "4ki, 4096",
    })
    void shouldReadSizesWithDecimalAndBinarySuffixes(String value, long expected) {
        assertThat(Params.size(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M", "Mi", "-3", "1.5M", "1Ti", "1 M", "10i", "abc", "1MB"})
    void shouldRefuseASizeThatIsNotACountOfElements(String value) {
        assertThatThrownBy(() -> Params.size(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("size: '" + value + "' (expected a whole number of elements >= 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "10000000000G"})
    void shouldRefuseASizeTooLargeForALong(String value) {
        assertThatThrownBy(() -> Params.size(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size: '" + value + "' (expected at most 9223372036854775807 elements)");
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "' 2 ', 2", "1024, 1024"})
    void shouldReadThreadCounts(String value, int expected) {
        assertThat(Params.threads(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two", "", "1.0"})
    void shouldRefuseAThreadCountThatIsNotANumber(String value) {
        assertThatThrownBy(() -> Params.threads(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads: '" + value + "' (expected a whole number 1.." + Threads.MAX + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1025"})
    void shouldRefuseAThreadCountOutsideTheSaneRange(String value) {
        assertThatThrownBy(() -> Params.threads(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads: " + value + " (expected 1.." + Threads.MAX + ")");
    }
}

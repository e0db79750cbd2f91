package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.strategy.Threads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

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

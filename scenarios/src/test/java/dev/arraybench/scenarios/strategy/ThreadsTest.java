package dev.arraybench.scenarios.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThreadsTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "' 2 ', 2"})
    void shouldReadThreadCounts(String value, int expected) {
        assertThat(Threads.parse(value)).isEqualTo(expected);
    }

    @Test
    void shouldAcceptSixteenThreadsPerProcessorAndNoMore() {
        assertThat(Threads.parse(Integer.toString(Threads.max()))).isEqualTo(16 * Threads.available());
        assertThatThrownBy(() -> Threads.parse(Integer.toString(Threads.max() + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads: " + (Threads.max() + 1) + " (expected 1.." + Threads.max()
                        + " on this machine: 16 per available processor)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two", "", "1.0"})
    void shouldRefuseAThreadCountThatIsNotANumber(String value) {
        assertThatThrownBy(() -> Threads.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads: '" + value + "' (expected a whole number 1.." + Threads.max() + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3"})
    void shouldRefuseAThreadCountBelowOne(String value) {
        assertThatThrownBy(() -> Threads.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("threads: " + value + " (expected 1.." + Threads.max());
    }
}

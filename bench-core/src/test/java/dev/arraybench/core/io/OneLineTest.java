package dev.arraybench.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void shouldEscapeLineBreaksAndOtherControlCharactersAndKeepTheRest() {
        assertThat(OneLine.of("schema \"a\nb\r\tc\u0007\" (expected é)"))
                .isEqualTo("schema \"a\\nb\\r\\tc\\u0007\" (expected é)");
        assertThat(OneLine.of("plain")).isEqualTo("plain");
    }
}

package dev.arraybench.runner.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.runner.UserError;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserInputTest {

    @Test
    void shouldPassAParsedValueAndTurnTheParsersRefusalIntoAUserError() {
        assertThat(UserInput.parsed(() -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> UserInput.parsed(() -> {
            throw new IllegalArgumentException("size: '1Q' (expected a count of elements)");
        })).isExactlyInstanceOf(UserError.class).hasMessage("size: '1Q' (expected a count of elements)");
    }

    @Test
    void shouldTurnAFileThatCannotBeReadIntoAUserErrorNamingIt() {
        Path file = Path.of("missing.json");
        assertThat(UserInput.fromFile(() -> "read")).isEqualTo("read");
        assertThatThrownBy(() -> UserInput.fromFile(() -> {
            throw new ResultsFileException(file, "no such file");
        })).isExactlyInstanceOf(UserError.class).hasMessage("missing.json: no such file");
    }

    @Test
    void shouldKeepACountAtItsLeastAndRefuseOneBelow() {
        assertThat(UserInput.atLeast("forks", 1, 1)).isEqualTo(1);
        assertThatThrownBy(() -> UserInput.atLeast("warmup", -1, 0)).isExactlyInstanceOf(UserError.class)
                .hasMessage("warmup: -1 (expected >= 0)");
    }
}

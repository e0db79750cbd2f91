package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.result.ResultsCodec;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class FixtureResultsTest {

    @Test
    void shouldMatchTheCommittedFixtureSoItCanBeRegenerated() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            FixtureResults.main(new String[0]);
        }
        assertThat(Files.readString(FixtureResults.SOURCE)).isEqualTo(ResultsCodec.toJson(FixtureResults.results()));
    }
}

package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** summary.md of the fixture against a golden file; {@code -Dgolden.update=true} rewrites it after a deliberate change. */
class SummaryGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/summary.md");

    @Test
    void shouldRenderTheFixtureSummaryExactlyAsTheGoldenFile() throws IOException {
        String summary = ReportWriter.summary(ReportWriterTest.fixture());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, summary);
        }
        assertThat(summary).isEqualTo(Files.readString(GOLDEN));
        HostileResultsTest.checkTables(summary);
    }

    @Test
    void shouldRenderTheSameSummaryEveryTime() {
        assertThat(ReportWriter.summary(ReportWriterTest.fixture()))
                .isEqualTo(ReportWriter.summary(ReportWriterTest.fixture()));
    }
}

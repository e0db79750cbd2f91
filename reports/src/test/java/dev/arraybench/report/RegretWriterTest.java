package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.regret.RegretFiles;
import dev.arraybench.core.regret.RegretReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed regret document of docs/results drawn and printed as validate and report show it. */
class RegretWriterTest {

    private static final Path LOADED = Path.of("../docs/results/regret-loaded.json");

    @TempDir
    Path folder;

    @Test
    void shouldDrawOneChartPerVariantAndTheTableOfEveryPolicy() throws IOException {
        RegretReport regret = RegretFiles.read(LOADED);
        Report report = RegretWriter.write(regret, folder);
        assertThat(report.charts()).hasSize(regret.variants().size()).allSatisfy(chart ->
                assertThat(Files.readAllBytes(chart)).startsWith(0x89, 'P', 'N', 'G'));
        String html = Files.readString(report.index());
        assertThat(html).contains("<title>arraybench regret</title>", "Regret of each policy", "conservative",
                "32768", "data:image/png;base64,").doesNotContain("<script");
        assertThat(Files.readString(report.summary())).contains("| policy | max regret | mean regret |",
                "](regret-01-");
    }

    @Test
    void shouldPrintEveryPolicyAndTheAdvicesChoiceAtEverySize() {
        RegretReport regret = RegretFiles.read(LOADED);
        StringWriter text = new StringWriter();
        RegretText.print(regret, new PrintWriter(text, true));
        assertThat(text.toString()).contains("advised max/mean", "conservative max/mean", "never max/mean",
                "always max/mean", "8192 max/mean", "32768 max/mean")
                .contains(": advised ", ", best ", ", regret ");
        assertThat(text.toString().lines().filter(line -> line.contains(": advised ")))
                .hasSize(regret.variants().size() * regret.sizes().size());
    }
}

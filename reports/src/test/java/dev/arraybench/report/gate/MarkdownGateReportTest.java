package dev.arraybench.report.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownGateReportTest {

    private static final String MARKDOWN = GateFormat.MARKDOWN.render(Fixture.comparison(), Fixture.FILES);

    /** The pipes that separate cells: those not escaped with a backslash. */
    private static long cellSeparators(String row) {
        long count = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    /** {@code -Dgolden.update=true} rewrites the golden file after a deliberate change. */
    @Test
    void shouldMatchTheGoldenFile() throws IOException {
        Path golden = Path.of("src/test/resources/golden/compare.md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, MARKDOWN);
        }
        assertThat(MARKDOWN).isEqualTo(Files.readString(golden));
    }

    @Test
    void shouldKeepEveryTableRowAtElevenSeparatorsWhateverTheParametersHold() {
        List<String> rows = MARKDOWN.lines().filter(line -> line.startsWith("| ")).toList();
        assertThat(rows).hasSize(5);
        assertThat(rows).allSatisfy(row -> assertThat(cellSeparators(row)).isEqualTo(11));
    }

    @Test
    void shouldNeutraliseMarkupFromTheFiles() {
        assertThat(MARKDOWN).doesNotContain("<script>", "]]>", "Xeon <8272CL>")
                .contains("op=a\\|b &lt;script&gt;x&lt;/script&gt; \\]\\]&gt; &amp;", "Xeon &lt;8272CL&gt;");
    }

    @Test
    void shouldNotLetANewlineInAParameterEndTheRow() {
        assertThat(MARKDOWN.lines().filter(line -> line.contains("script"))).singleElement()
                .satisfies(row -> assertThat(row).startsWith("| undecided |").endsWith(" |"));
    }

    @Test
    void shouldWarnAboutDifferentEnvironmentsFirst() {
        assertThat(MARKDOWN.indexOf("[!WARNING]")).isPositive().isLessThan(MARKDOWN.indexOf("| verdict |"));
    }

    @Test
    void shouldSayWhenMissingBenchmarksFailTheGate() {
        String strict = GateFormat.MARKDOWN.render(Fixture.comparison(true), Fixture.FILES);
        assertThat(strict).startsWith("### arraybench compare: ❌ FAIL: 1 regression, 2 benchmarks in one file only")
                .contains("**Only in the baseline** (1, fails the gate with --strict)");
    }
}

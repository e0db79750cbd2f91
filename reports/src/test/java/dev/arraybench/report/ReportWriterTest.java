package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    static RunResults fixture() {
        return ResultsCodec.read(FixtureResults.SOURCE);
    }

    @Test
    void shouldWriteThePageTheSummaryAndEveryChartAsPng(@TempDir Path folder) throws IOException {
        Report report = ReportWriter.write(fixture(), folder);
        assertThat(report.index()).isEqualTo(folder.resolve("index.html")).isRegularFile();
        assertThat(report.summary()).isEqualTo(folder.resolve("summary.md")).isRegularFile();
        // the decision map, then three cases: speedup, time, bandwidth, phases and scaling each
        assertThat(report.charts()).hasSize(16).allSatisfy(chart -> {
            BufferedImage image = ImageIO.read(chart.toFile());
            assertThat(image.getWidth()).isEqualTo(ChartStyle.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartStyle.HEIGHT);
        });
        assertThat(report.charts()).extracting(p -> p.getFileName().toString())
                .startsWith("decision-map.png", "scale-int32-native-speedup.png", "scale-int32-native-time.png");
        String summary = Files.readString(report.summary());
        for (Path chart : report.charts()) {
            assertThat(summary).contains("](" + chart.getFileName() + ")");
        }
    }

    @Test
    void shouldEmbedEveryChartInTheSelfContainedPage(@TempDir Path folder) throws IOException {
        Report report = ReportWriter.write(fixture(), folder);
        String page = Files.readString(report.index());
        Matcher images = Pattern.compile("<img src=\"([^\"]*)\"").matcher(page);
        int count = 0;
        while (images.find()) {
            assertThat(images.group(1)).startsWith("data:image/png;base64,");
            count++;
        }
        assertThat(count).isEqualTo(report.charts().size());
        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContain("src=\"http", "href=\"http");
        assertThat(page).contains("Content-Security-Policy", "default-src 'none'", "img-src data:");
    }

    @Test
    void shouldLeadWithTheDecisionMapAndOneSentencePerCase() {
        String summary = ReportWriter.summary(fixture());
        assertThat(summary.indexOf("## Decision map")).isLessThan(summary.indexOf("## Break-even sizes"));
        assertThat(summary)
                .contains("![Decision map: what to run at each size](decision-map.png)")
                .contains("- **scale int32 native**: simd-parallel \\(2 threads\\) from 256K elements (1.31x at 16M);"
                        + " below that, simd.")
                .contains("| scale int32 native | zero-copy-parallel \\(2 threads\\) | ≈ 120K elements"
                        + " \\[95%: 110K–130K\\]");
    }

    /** Writes the fixture's report to target/fixture-report for a look in a browser. */
    @Test
    void shouldRenderTheFixtureReportIntoTarget() throws IOException {
        Report report = ReportWriter.write(fixture(), Path.of("target/fixture-report"));
        assertThat(report.index()).isRegularFile();
    }
}

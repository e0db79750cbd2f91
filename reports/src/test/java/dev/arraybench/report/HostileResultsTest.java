package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A results file from a pull request can hold anything: the page and the summary must stay inert. */
class HostileResultsTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";
    private static final String TABLE_BREAKER = "a | b |\n| --- |\n# heading `code` [link](javascript:alert(3)) ![i](http://x/i.png)";
    private static final String STYLE_BREAKER = "</style><svg onload=alert(4)>";
    private static final Set<String> OUR_TAGS = Set.of("!doctype", "html", "head", "meta", "link", "title", "style",
            "body", "header", "h1", "h2", "h3", "p", "nav", "ul", "li", "a", "section", "table", "thead", "tbody",
            "tr", "th", "td", "figure", "img", "figcaption", "strong", "footer");

    /** Under target/ so the browser check can open it too. */
    private static final Path FOLDER = Path.of("target/hostile-report");
    private static Report report;

    @BeforeAll
    static void render() throws IOException {
        if (Files.isDirectory(FOLDER)) {
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        report = ReportWriter.write(hostile(), FOLDER);
    }

    static RunResults hostile() {
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (String size : List.of("1K", "1M")) {
            benchmarks.add(kernel("sequential", "1", size, 100));
            benchmarks.add(kernel("zero-copy-parallel", "2", size, size.equals("1K") ? 300 : 50));
            benchmarks.add(kernel(SCRIPT, "2", size, 80));
            benchmarks.add(kernel(TABLE_BREAKER, "2", size, 80));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(IMG, STYLE_BREAKER);
        params.put("size", "1K");
        benchmarks.add(new BenchmarkResult("dev." + SCRIPT + ".CopyPhaseBenchmark.process", params, "avgt",
                TABLE_BREAKER, 1, 0.1, 0.9, 1.1, List.of(List.of(1.0, 1.0)), DerivedFigures.of(params, "size", 1, "us/op", null, null)));
        Environment environment = new Environment(TABLE_BREAKER, IMG, SCRIPT, STYLE_BREAKER,
                List.of("-Dx=" + SCRIPT, TABLE_BREAKER), IMG, SCRIPT, 2, Map.of(SCRIPT, IMG), 1 << 30, 256, IMG,
                SCRIPT, TABLE_BREAKER);
        return new RunResults(RunResults.SCHEMA, environment,
                new Settings(1, 1, SCRIPT, 1, IMG, List.of(TABLE_BREAKER)), new Ceiling(10, 20, 2),
                dev.arraybench.core.analysis.TestDimensions.arraybench(), benchmarks);
    }

    private static BenchmarkResult kernel(String strategy, String threads, String size, double micros) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", SCRIPT);
        params.put("dtype", IMG);
        params.put("layout", TABLE_BREAKER);
        params.put("strategy", strategy);
        params.put("threads", threads);
        params.put("size", size);
        List<List<Double>> forks = List.of(List.of(micros, micros * 1.01, micros * 0.99),
                List.of(micros * 1.02, micros, micros * 0.98));
        return new BenchmarkResult("dev.arraybench." + IMG + ".KernelBenchmark.run", params, "avgt", "us/op", micros,
                1, micros - 1, micros + 1, forks, DerivedFigures.of(params, "size", micros, "us/op", null, 8.0));
    }

    @Test
    void shouldStillRenderTheAnalysisOfHostileParameters() throws IOException {
        String page = Files.readString(report.index());
        assertThat(report.charts()).isNotEmpty();
        assertThat(page).contains("below that, ", "elements [95%: ", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void shouldLeaveOnlyThePagesOwnTagsWithoutEventHandlersOrScripts() throws IOException {
        String page = Files.readString(report.index());
        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<svg");
        Matcher tags = Pattern.compile("<(/?)([!a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(page);
        int images = 0;
        while (tags.find()) {
            assertThat(OUR_TAGS).as("tag %s", tags.group()).contains(tags.group(2).toLowerCase());
            // values are double-quoted and cannot hold a raw quote, so what is left are the attribute names
            String names = tags.group(3).replaceAll("\"[^\"]*\"", "\"\"");
            assertThat(names).as("attributes of %s", tags.group()).doesNotContainPattern("(?i)\\son\\w+\\s*=")
                    .doesNotContain("'");
            if (tags.group(2).equals("img")) {
                assertThat(tags.group(3)).startsWith(" src=\"data:image/png;base64,");
                images++;
            }
        }
        assertThat(images).isEqualTo(report.charts().size());
        assertThat(page).containsOnlyOnce("<style>").containsOnlyOnce("</style>");
        assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "img-src data:; style-src 'sha256-");
    }

    @Test
    void shouldKeepTheMarkdownFreeOfHtmlLinksCodeAndTableBreakers() throws IOException {
        String summary = Files.readString(report.summary());
        assertThat(summary).doesNotContain("<", "javascript:alert(3))", "](http").doesNotContainPattern("(?<!\\\\)`");
        Matcher links = Pattern.compile("(?<!\\\\)\\]\\(([^)]*)\\)").matcher(summary);
        int count = 0;
        while (links.find()) {
            assertThat(links.group(1)).matches("[a-z0-9-]+\\.png");
            count++;
        }
        assertThat(count).isEqualTo(report.charts().size());
        for (String line : summary.split("\n")) {
            if (line.startsWith("#")) {
                assertThat(line).matches("#{1,3} [^#]*(\\\\#[^#]*)*");
            }
        }
        checkTables(summary);
    }

    @Test
    void shouldNameChartFilesOnlyWithSafeCharacters() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(name -> name.matches("[a-z0-9-]+\\.png|index\\.html|summary\\.md"));
        }
    }

    /** Every row of every table has as many unescaped pipes as its header. */
    static void checkTables(String markdown) {
        int expected = -1;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int pipes = line.replaceAll("\\\\\\\\", "").replaceAll("\\\\\\|", "").replaceAll("[^|]", "").length();
            if (expected < 0) {
                expected = pipes;
            }
            assertThat(pipes).as("pipes in %s", line).isEqualTo(expected);
        }
    }
}

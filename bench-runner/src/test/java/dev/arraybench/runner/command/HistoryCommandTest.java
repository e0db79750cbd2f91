package dev.arraybench.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.ResultsFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("history.db").toString();
    }

    /** Adds {@code commits} commits, c0, c1, ..., each a run of two sizes, 30% slower from {@code slowFrom} on. */
    private void addHistory(int commits, int slowFrom) throws IOException {
        for (int i = 0; i < commits; i++) {
            double jitter = 1 + 0.005 * Math.sin(i * 2.3);
            Path file = ResultsFiles.write(folder.resolve("run-" + i + ".json"), "cpu A",
                    jitter * (i >= slowFrom ? 1.3 : 1.0), "1K", "2K");
            CommandRun run = CommandRun.of("history", "add", file.toString(), "--db", db(), "--commit", "c" + i,
                    "--time", String.format(Locale.ROOT, "2026-12-01T10:%02d:00Z", i));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("2 benchmarks added");
        }
    }

    @Test
    void shouldFailOnARegressionAmongTheNewestCommitsAndNameItsCommitRange() throws IOException {
        addHistory(20, 16);

        CommandRun check = CommandRun.of("history", "check", "--db", db());

        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(check.out()).contains("change at c15..c16 on cpu A, 2 cores", "2 benchmarks moved together",
                "REGRESSION  KernelBenchmark.run op=scale size=2K [avgt]: +29.9%", "outcome: REGRESSION: 2 benchmarks regressed within the newest 5 commits");
    }

    @Test
    void shouldPassWhenTheRegressionIsOlderThanTheNewestCommits() throws IOException {
        addHistory(20, 8);

        CommandRun check = CommandRun.of("history", "check", "--db", db(), "--format", "json");

        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("\"firstAfter\" : \"c8\"", "\"failed\" : false");
        CommandRun since = CommandRun.of("history", "check", "--db", db(), "--since", "c10");
        assertThat(since.exitCode()).isZero();
        assertThat(since.out()).contains("No change point.");
    }

    @Test
    void shouldSayNothingWasAddedTheSecondTime() throws IOException {
        Path file = ResultsFiles.write(folder.resolve("a.json"), "cpu A", 1, "1K");
        CommandRun.of("history", "add", file.toString(), "--db", db(), "--commit", "abc");

        CommandRun again = CommandRun.of("history", "add", file.toString(), "--db", db(), "--commit", "abc");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already in the history, nothing added");
    }

    @Test
    void shouldAddNothingAndExitTwoWhenOneFileIsTruncated() throws IOException {
        Path good = ResultsFiles.write(folder.resolve("a.json"), "cpu A", 1, "1K");
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"schema\": \"arraybench/1\", \"bench");

        CommandRun run = CommandRun.of("history", "add", good.toString(), bad.toString(), "--db", db(),
                "--commit", "abc");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).startsWith("arraybench: " + bad + ": not valid JSON").doesNotContain("\n");
        CommandRun export = CommandRun.of("history", "export", "--db", db(), "--out",
                folder.resolve("h.csv").toString());
        assertThat(export.out()).contains("(0 series)");
    }

    @Test
    void shouldRefuseABadTimeAndAnUnknownSinceCommitInOneLine() throws IOException {
        Path file = ResultsFiles.write(folder.resolve("a.json"), "cpu A", 1, "1K");
        CommandRun time = CommandRun.of("history", "add", file.toString(), "--db", db(), "--commit", "abc",
                "--time", "yesterday");
        assertThat(time.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(time.err()).contains("--time: 'yesterday' (expected ISO-8601");
        CommandRun since = CommandRun.of("history", "check", "--db", db(), "--since", "nope");
        assertThat(since.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(since.err()).contains("--since: commit nope is not in the history of branch main");
    }

    @Test
    void shouldExportCsvAndWriteAReportWithTrendCharts() throws IOException {
        addHistory(12, 6);
        Path csv = folder.resolve("history.csv");
        Path report = folder.resolve("report");

        assertThat(CommandRun.of("history", "export", "--db", db(), "--out", csv.toString()).exitCode()).isZero();
        CommandRun drawn = CommandRun.of("history", "report", "--db", db(), "--out", report.toString());

        assertThat(Files.readAllLines(csv)).hasSize(13).first().asString()
                .startsWith("time,commit,machine,KernelBenchmark.run");
        assertThat(drawn.exitCode()).as(drawn.err()).isZero();
        assertThat(drawn.out()).contains("2 trend charts, 1 change groups");
        assertThat(Files.readString(report.resolve("index.html"))).contains("c5..c6", "data:image/png;base64,");
        assertThat(report.resolve("trend-001.png")).isNotEmptyFile();
    }

    @Test
    void shouldDrawTheBreakEvenOfEachCaseOverCommits() throws IOException {
        int commit = 0;
        for (String file : new String[] {"breakeven.json", "breakeven-retest.json"}) {
            CommandRun added = CommandRun.of("history", "add", "../docs/results/" + file, "--db", db(), "--commit",
                    "c" + commit, "--time", "2026-12-01T10:0" + commit++ + ":00Z");
            assertThat(added.exitCode()).as(added.err()).isZero();
        }
        Path report = folder.resolve("report");
        CommandRun drawn = CommandRun.of("history", "report", "--db", db(), "--out", report.toString());
        assertThat(drawn.exitCode()).as(drawn.err()).isZero();
        assertThat(drawn.out()).contains("4 break-even tracks");
        assertThat(Files.readString(report.resolve("index.html"))).contains("Break-even over commits",
                "scale int32 native / zero-copy-parallel spin");
        assertThat(report.resolve("break-even-004.png")).isNotEmptyFile();
    }
}

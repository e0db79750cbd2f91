package dev.arraybench.runner.command;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.ResultsFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {

    @TempDir
    Path folder;

    private Path file(String name, String cpu, double factor, String... sizes) throws IOException {
        return ResultsFiles.write(folder.resolve(name), cpu, factor, sizes);
    }

    /** Runs compare; an empty --step-summary keeps $GITHUB_STEP_SUMMARY of a CI run out of the tests. */
    private static CommandRun compare(Path baseline, Path current, String... more) {
        List<String> args = new ArrayList<>(List.of("compare", "--baseline=" + baseline, "--current=" + current));
        if (!List.of(more).contains("--step-summary")) {
            args.add("--step-summary=");
        }
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void shouldPassWhenNothingChanged() throws IOException {
        Path base = file("base.json", "cpu", 1.0, "1M", "2M");
        CommandRun run = compare(base, file("new.json", "cpu", 1.0, "1M", "2M"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("EQUIVALENT    KernelBenchmark.run op=scale size=1M [avgt]",
                "2 compared: 0 regressions, 0 improvements, 2 equivalent", "NO REGRESSION FOUND");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void shouldFlagASlowdownBeyondTheThresholdWithExitOne() throws IOException {
        CommandRun run = compare(file("base.json", "cpu", 1.0, "1M"), file("new.json", "cpu", 1.2, "1M"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(run.out()).contains("REGRESSION", "ratio 1.200 [", "p = ", "FAIL: 1 regression");
    }

    @Test
    void shouldLetAWiderThresholdAcceptTheSameSlowdown() throws IOException {
        CommandRun run = compare(file("base.json", "cpu", 1.0, "1M"), file("new.json", "cpu", 1.2, "1M"),
                "--threshold", "30%");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("EQUIVALENT");
    }

    @Test
    void shouldListMissingBenchmarksAndFailOnThemOnlyWhenStrict() throws IOException {
        Path base = file("base.json", "cpu", 1.0, "1M", "2M");
        Path current = file("new.json", "cpu", 1.0, "1M", "4M");
        CommandRun lenient = compare(base, current);
        assertThat(lenient.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lenient.out()).contains("Only in the baseline (1):\n  KernelBenchmark.run op=scale size=2M",
                "Only in the current run (1):\n  KernelBenchmark.run op=scale size=4M");
        CommandRun strict = compare(base, current, "--strict");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(strict.out()).contains("FAIL: 2 benchmarks in one file only (--strict)");
    }

    @Test
    void shouldWarnOnStderrWhenTheEnvironmentsDiffer() throws IOException {
        CommandRun run = compare(file("base.json", "Xeon", 1.0, "1M"), file("new.json", "EPYC", 1.0, "1M"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).startsWith("WARNING: the two files were measured in different environments")
                .contains("cpuModel    baseline: Xeon");
    }

    @Test
    void shouldRefuseDifferentEnvironmentsWhenAskedForTheSame() throws IOException {
        CommandRun run = compare(file("base.json", "Xeon", 1.0, "1M"), file("new.json", "EPYC", 1.0, "1M"),
                "--require-same-env");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("arraybench: --require-same-env: the environments differ in cpuModel");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldWriteTheReportToOutAndTheSummaryToStdout() throws IOException {
        Path out = folder.resolve("reports/compare.xml");
        CommandRun run = compare(file("base.json", "cpu", 1.0, "1M"), file("new.json", "cpu", 1.2, "1M"),
                "--format", "junit", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(Files.readString(out)).startsWith("<?xml").contains("<failure type=\"regression\"");
        assertThat(run.out()).isEqualTo("wrote " + out + "\n1 compared: 1 regression, 0 improvements, "
                + "0 equivalent, 0 undecided; 0 only in the baseline, 0 only in the current run (threshold 5%, "
                + "confidence 99%)\nFAIL: 1 regression\n");
    }

    @Test
    void shouldAppendMarkdownToTheStepSummary() throws IOException {
        Path summary = Files.writeString(folder.resolve("summary.md"), "earlier step\n");
        CommandRun run = compare(file("base.json", "cpu", 1.0, "1M"), file("new.json", "cpu", 1.2, "1M"),
                "--format", "json", "--step-summary", summary.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(run.out()).startsWith("{").contains("\"verdict\" : \"regression\"");
        assertThat(Files.readString(summary)).startsWith("earlier step\n### arraybench compare: ❌ FAIL")
                .contains("| **regression** | KernelBenchmark.run | op=scale size=1M \\[avgt\\] |");
    }

    @Test
    void shouldAcceptPlainJmhJsonOnEitherSide() throws IOException {
        Path jmh = Files.writeString(folder.resolve("jmh.json"), """
                [ { "benchmark": "dev.arraybench.scenarios.KernelBenchmark.run", "mode": "avgt", "forks": 5,
                    "params": {"op": "scale", "size": "1M"},
                    "primaryMetric": {"score": 100.0, "scoreError": 1.0, "scoreConfidence": [99.0, 101.0],
                        "scoreUnit": "us/op",
                        "rawData": [[100, 101, 99], [100, 102, 98], [101, 100, 99], [99, 100, 101], [100, 99, 100]]} } ]
                """);
        CommandRun run = compare(jmh, file("new.json", "cpu", 1.2, "1M"), "--format", "markdown");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(run.out()).contains("| **regression** |", "| cpuModel | unknown | cpu |");
    }

    @Test
    void shouldRefuseAFileThatHoldsABenchmarkTwice() throws IOException {
        Path twice = file("twice.json", "cpu", 1.0, "1M", "1M");
        CommandRun run = compare(file("base.json", "cpu", 1.0, "1M"), twice);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(twice + ": benchmark KernelBenchmark.run op=scale size=1M [avgt] appears "
                + "more than once");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file|<delete>|no such file",
        "empty file|<empty>|empty file",
        "truncated JSON|<truncate>|not valid JSON at line",
        "other schema|\"arraybench/1\"=>\"arraybench/2\"|schema \"arraybench/2\" is not supported",
        "NaN score|\"score\" : 100.0=>\"score\" : \"NaN\"|score NaN",
        "negative score|\"score\" : 100.0=>\"score\" : -100.0|score -100.0",
        "missing score|\"score\" : 100.0,=>|'score'",
        "NaN sample|[ [ 100.0,=>[ [ \"NaN\",|sample NaN",
        "negative sample|[ [ 100.0,=>[ [ -100.0,|sample -100.0",
        "missing sample|[ [ 100.0,=>[ [ null,|sample null",
    })
    void shouldExitTwoNamingTheFileAndTheProblem(String name, String change, String problem) throws IOException {
        Path bad = file("bad.json", "cpu", 1.0, "1M");
        String text = Files.readString(bad);
        switch (change) {
            case "<delete>" -> Files.delete(bad);
            case "<empty>" -> Files.writeString(bad, "");
            case "<truncate>" -> Files.writeString(bad, text.substring(0, text.length() / 2));
            default -> {
                String[] fromTo = change.split("=>", -1);
                assertThat(text).contains(fromTo[0]);
                Files.writeString(bad, text.replace(fromTo[0], fromTo[1]));
            }
        }
        CommandRun run = compare(file("base.json", "cpu", 1.0, "1M"), bad);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("arraybench: " + bad + ": ").contains(problem);
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--threshold, -5%", "--threshold, abc", "--threshold, 0%", "--threshold, 100%",
        "--confidence, abc", "--confidence, 100%", "--format, html"})
    void shouldExitTwoNamingTheOption(String option, String value) throws IOException {
        Path base = file("base.json", "cpu", 1.0, "1M");
        CommandRun run = compare(base, base, option, value);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("arraybench: Invalid value for option '" + option + "': ").contains("'" + value + "'");
    }

    @Test
    void shouldRequireBothFiles() {
        CommandRun run = CommandRun.of("compare", "--current", "x.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required option: '--baseline=FILE'");
    }

    @Test
    void shouldBeListedAmongTheCommands() {
        assertThat(CommandRun.of("--help").out()).contains("  compare ");
    }
}

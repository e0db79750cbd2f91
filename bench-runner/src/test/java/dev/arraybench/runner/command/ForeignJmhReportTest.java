package dev.arraybench.runner.command;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report} on a plain JMH file no arraybench scenario produced: docs/examples/jdk-setall's
 * {@code Arrays.setAll} against {@code Arrays.parallelSetAll} over a size parameter {@code n}, 5 sizes and 3
 * forks, measured once and kept as a fixture.
 */
class ForeignJmhReportTest {

    private static final Path SETALL = Path.of("src/test/resources/jmh/setall-3forks.json");

    @TempDir
    Path folder;

    private CommandRun report(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "report";
        args[1] = SETALL.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 2] = "--out";
        args[args.length - 1] = folder.resolve("out").toString();
        return CommandRun.of(args);
    }

    @Test
    void shouldFindWhereTheParallelMethodBreaksEvenWithTheSequentialOne() throws IOException {
        CommandRun run = report("--size-param", "n", "--variant", "method", "--baseline-variant", "setAll");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String summary = Files.readString(folder.resolve("out/summary.md"));
        assertThat(summary).contains("| SetAllBenchmark | parallelSetAll | ≈ ").doesNotContain("NaN");
        assertThat(folder.resolve("out/setallbenchmark-speedup.png")).isRegularFile();
        assertThat(folder.resolve("out/index.html")).content().contains("parallelSetAll");
    }

    @Test
    void shouldDrawBandwidthWhenTheBytesPerElementAreGiven() {
        CommandRun run = report("--size-param", "n", "--variant", "method", "--baseline-variant", "setAll",
                "--bytes-per-element", "8");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve("out/setallbenchmark-bandwidth.png")).isRegularFile();
    }

    @Test
    void shouldAskHowToReadAFileThatDoesNotSayNamingItsParamsAndMethods() {
        CommandRun run = report();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("--variant method|param:NAME and --baseline-variant NAME",
                "its parameters: n", "its methods: ", "parallelSetAll", "setAll");
    }

    @Test
    void shouldNameAMissingSizeParamAndWhatTheFileHolds() {
        CommandRun run = report("--variant", "method", "--baseline-variant", "setAll");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no size parameter 'size' (its parameters: n)", "--size-param");
    }

    @Test
    void shouldListTheVariantsWhenTheBaselineIsMissing() {
        CommandRun run = report("--size-param", "n", "--variant", "method", "--baseline-variant", "loop");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no baseline variant 'loop' (variants in the file: ")
                .contains("setAll", "parallelSetAll");
    }

    @Test
    void shouldRefuseAVariantThatIsNeitherTheMethodNorAParam() {
        CommandRun run = report("--size-param", "n", "--variant", "name", "--baseline-variant", "setAll");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("variant: 'name' (expected method or param:NAME)");
    }
}

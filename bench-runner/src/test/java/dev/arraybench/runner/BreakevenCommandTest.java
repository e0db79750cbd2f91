package dev.arraybench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BreakevenCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--budget|0s|budget: '0s' (expected a positive duration such as 3m)",
        "--budget|5|budget: '5' (expected a unit: ms, s, m or h, such as 3m)",
        "--budget|1s|budget: '1s' (expected at least one benchmark's time",
        "--size|1M|a break-even needs at least two sizes",
        "--strategy|sequential|strategy: only sequential"})
    void shouldRejectBadInputWithOneLineAndExitTwo(String option, String value, String message) {
        CommandRun run = CommandRun.of("breakeven", option, value, "--out", "/tmp/never-written.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}

package dev.arraybench.runner.command;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.plan.Combination;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0/3", "4/3", "a/b", "1/0"})
    void shouldRejectABadShardWithOneLineAndExitTwo(String shard) {
        CommandRun run = CommandRun.of("breakeven", "--shard", shard, "--out", "/tmp/never-written.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("arraybench: shard: '" + shard
                + "' (expected K/N with 1 <= K <= N, such as 3/24)");
    }

    @org.junit.jupiter.api.Test
    void shouldSearchNothingInAShardBeyondTheCases() {
        CommandRun run = CommandRun.of("breakeven", "--op", "scale", "--shard", "2/2", "--out",
                "/tmp/never-written.json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("shard 2/2: no case to search");
    }

    @org.junit.jupiter.api.Test
    void shouldKeepEveryCaseWhole() {
        Combination a = new Combination(dev.arraybench.scenarios.kernel.Ops.onClassPath().byName("scale"),
                dev.arraybench.scenarios.data.DType.INT32, dev.arraybench.scenarios.data.Layout.NATIVE,
                dev.arraybench.scenarios.strategy.Strategy.SEQUENTIAL, dev.arraybench.scenarios.strategy.Pool.SPIN, 1,
                1000);
        Combination b = new Combination(a.op(), a.type(), a.layout(),
                dev.arraybench.scenarios.strategy.Strategy.ZERO_COPY_PARALLEL, a.pool(), 2, 4000);
        assertThat(BreakevenCommand.unit(a)).isEqualTo(BreakevenCommand.unit(b)).containsExactly("scale", "int32",
                "native");
    }
}

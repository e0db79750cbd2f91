package dev.arraybench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void shouldListEveryDimensionWithOneLineEach() {
        CommandRun run = CommandRun.of("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ops (--op)", "  scale ", "  var ", "dtypes (--dtype)", "  float64 ",
                "layouts (--layout)", "  native ", "strategies (--strategy)", "  zero-copy-parallel ",
                "pools of the parallel strategies (--pool)", "  spin ");
    }

    @Test
    void shouldSuggestTheClosestCommandOnATypo() {
        CommandRun run = CommandRun.of("lst");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unmatched argument", "Did you mean", "list");
    }

    @Test
    void shouldAskForACommandWhenGivenNone() {
        CommandRun run = CommandRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("a command is needed");
    }

    @Test
    void shouldPrintItsVersion() {
        CommandRun run = CommandRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("arraybench ");
    }
}

package dev.arraybench.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineMojoTest {

    @Test
    void shouldNameEveryBenchmarkTheGateMarkedAsARegression() {
        String output = "arraybench compare: b.json against baseline a.json\n\n"
                + "REGRESSION    SumBenchmark.sum [avgt]\n  baseline 1.0 us/op\n\n"
                + "EQUIVALENT    FillBenchmark.fill [avgt]\n"
                + "REGRESSION    SumBenchmark.max size=1M [avgt]\n\nFAIL: 2 regressions\n";
        assertThat(CommandLineMojo.regressed(output)).isEqualTo("SumBenchmark.sum [avgt], SumBenchmark.max size=1M [avgt]");
    }

    @Test
    void shouldFallBackToTheOutcomeLineWhenNoBenchmarkIsMarked() {
        assertThat(CommandLineMojo.regressed("history check\n\nchange point in X at abc123: +12%\n\n"))
                .isEqualTo("change point in X at abc123: +12%");
    }

    @Test
    void shouldNameTheParameterOfAMissingFile(@TempDir File folder) throws Exception {
        File missing = new File(folder, "base.jar");
        assertThatThrownBy(() -> CommandLineMojo.existing("baseJar", missing))
                .isInstanceOf(MojoExecutionException.class).hasMessage("arraybench: baseJar: " + missing + " does not exist");
        assertThatThrownBy(() -> CommandLineMojo.existing("baseJar", null)).hasMessage("arraybench: baseJar is not set");
        File present = new File(folder, "here.jar");
        assertThat(present.createNewFile()).isTrue();
        assertThat(CommandLineMojo.existing("baseJar", present)).isEqualTo(present.getPath());
    }
}

package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

class ForkFlagsTest {

    @ParameterizedTest
    @ValueSource(classes = {KernelBenchmark.class, CopyPhaseBenchmark.class, CeilingBenchmark.class})
    void shouldGiveEveryBenchmarkClassTheForkFlagsOfTheRunner(Class<?> benchmark) {
        assertThat(List.of(benchmark.getAnnotation(Fork.class).jvmArgsAppend())).isEqualTo(ForkFlags.fork());
    }

    @Test
    void shouldBeTheFlagsTheLauncherAndTheTestJvmsReadFromBinJvmArgs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../bin/jvm.args")).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        assertThat(lines).isEqualTo(ForkFlags.MODULES);
    }

    @Test
    void shouldRunInATestJvmThatHasTheVectorModule() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
    }
}

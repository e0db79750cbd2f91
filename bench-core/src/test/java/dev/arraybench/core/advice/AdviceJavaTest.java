package dev.arraybench.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.core.analysis.AdviceFixture;
import dev.arraybench.core.result.EnvironmentFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceJavaTest {

    private static final Advice ADVICE = Advice.of(AdviceFixture.analysis(),
            new EnvironmentFingerprint("Test CPU", 2, "Vendor", "25.0.1", List.of(), 256, "Linux 6.1 amd64"),
            AdvicePolicy.CONSERVATIVE);

    @Test
    void shouldWriteTheGoldenClassOfConstants() throws IOException {
        Path file = Path.of("src/test/resources/golden/ParallelThresholds.java.txt");
        String source = AdviceJava.source(ADVICE, "com.example.ParallelThresholds");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, source);
        }
        assertThat(source).isEqualTo(Files.readString(file));
        assertThat(source).contains("public static final long SCALE_INT32_NATIVE_ZERO_COPY_PARALLEL_SPIN_2_THREADS"
                + " = 31623L;", "COPY_PARALLEL_FORKJOIN_2_THREADS = Long.MAX_VALUE;", "Test CPU, 2 cores");
    }

    @Test
    void shouldRefuseANameThatIsNotAJavaClassName() {
        assertThatThrownBy(() -> AdviceJava.source(ADVICE, "my-class")).hasMessageContaining("class name: 'my-class'");
    }
}

package dev.arraybench.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentFingerprintTest {

    private static final EnvironmentFingerprint HOST = EnvironmentFingerprint.of(dev.arraybench.core.gate.Samples.environment("Xeon"));

    @Test
    void shouldFindNoDifferenceBetweenTheSameMachine() {
        assertThat(HOST.differences(EnvironmentFingerprint.of(dev.arraybench.core.gate.Samples.environment("Xeon")))).isEmpty();
    }

    @Test
    void shouldNameEachFieldThatDiffersInOrder() {
        EnvironmentFingerprint other = new EnvironmentFingerprint("EPYC", 4, HOST.jdkVendor(), "25.0.4",
                List.of("-Xmx1g"), 512, HOST.os());
        assertThat(HOST.differences(other)).extracting(EnvironmentDifference::field)
                .containsExactly("cpuModel", "cores", "jdkVersion", "jvmFlags", "vectorBits");
        assertThat(HOST.differences(other).get(3))
                .isEqualTo(new EnvironmentDifference("jvmFlags", "--add-modules jdk.incubator.vector", "-Xmx1g"));
    }

    @Test
    void shouldSeeAnUnrecordedFieldAsDifferent() {
        EnvironmentFingerprint jmh = new EnvironmentFingerprint("unknown", 0, "unknown", HOST.jdkVersion(),
                HOST.jvmFlags(), 0, "unknown");
        assertThat(HOST.differences(jmh)).extracting(EnvironmentDifference::field)
                .containsExactly("cpuModel", "cores", "jdkVendor", "vectorBits", "os");
    }
}

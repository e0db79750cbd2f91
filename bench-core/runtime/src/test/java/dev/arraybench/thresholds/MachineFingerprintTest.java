package dev.arraybench.thresholds;

import static dev.arraybench.thresholds.Machines.OLDER_EPYC;
import static dev.arraybench.thresholds.Machines.ZEN5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineFingerprintTest {

    @Test
    void shouldReadBackTheFieldsItWrites() {
        assertThat(MachineFingerprint.fromFields(ZEN5.fields())).isEqualTo(ZEN5);
        assertThat(ZEN5.fields()).containsEntry("cpuFamily", "26").containsEntry("cache.L2", "1024K")
                .containsEntry("os", "Linux 6.18.44-fc-v1272 amd64");
    }

    @Test
    void shouldReadAFileOfOnlyTheOldFieldsAsUnknownProcessorIdentity() {
        MachineFingerprint old = MachineFingerprint.fromFields(Map.of("cpuModel", "AMD EPYC", "cores", "2",
                "vectorBits", "256", "os", "Linux 6.18.44-fc-v782 amd64", "jdkVersion", "25.0.3+9-LTS"));
        assertThat(old.cpuId().known()).isFalse();
        assertThat(old.caches()).isEmpty();
        assertThat(old.identifiesTheProcessor()).isFalse();
        assertThat(ZEN5.identifiesTheProcessor()).isTrue();
    }

    @Test
    void shouldNeverCompareTheKernelBuild() {
        assertThat(ZEN5.osFamily()).isEqualTo("Linux amd64");
        assertThat(OLDER_EPYC.differences(ZEN5)).extracting(MachineFingerprint.Difference::field)
                .doesNotContain("os");
        assertThat(new MachineFingerprint(null, null, 0, null, 0, "Mac OS X 14.4 aarch64", null, null).osFamily())
                .isEqualTo("Mac OS X aarch64");
    }

    @Test
    void shouldScoreTheSameProcessorAboveTheSameNameAndCores() {
        MachineFingerprint zen5OtherJdk = new MachineFingerprint(ZEN5.cpuModel(), ZEN5.cpuId(), ZEN5.cores(),
                ZEN5.caches(), ZEN5.vectorBits(), ZEN5.os(), "Other", "17");
        assertThat(zen5OtherJdk.similarity(ZEN5)).isGreaterThan(OLDER_EPYC.similarity(ZEN5));
        assertThat(OLDER_EPYC.similarity(ZEN5)).isNegative();
    }

    @Test
    void shouldProbeThisMachineWithoutThrowing() {
        MachineFingerprint here = MachineFingerprint.probe();
        assertThat(here.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(here.jdkVersion()).isEqualTo(System.getProperty("java.runtime.version"));
    }
}

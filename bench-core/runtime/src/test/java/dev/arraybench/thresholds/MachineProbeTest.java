package dev.arraybench.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineProbeTest {

    @TempDir
    Path root;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(MachineProbeTest.class.getResource(name).toURI());
    }

    @Test
    void shouldReadTheProcessorIdentityOfTheZen5FromItsCpuinfo() throws URISyntaxException {
        MachineProbe probe = new MachineProbe(fixture("zen5"));
        Map<String, String> cpuinfo = probe.cpuinfo();
        assertThat(probe.cpuModel(cpuinfo)).isEqualTo("AMD EPYC");
        assertThat(probe.cpuId(cpuinfo)).isEqualTo(new CpuId("AuthenticAMD", 26, 2, 1));
    }

    @Test
    void shouldReadTheCachesFromGetconfWhereSysfsHasNone() throws IOException, URISyntaxException {
        assertThat(MachineProbe.getconfCaches(Files.readString(fixture("zen5/getconf.txt"))))
                .containsExactly(Map.entry("L1d", "48K"), Map.entry("L1i", "32K"), Map.entry("L2", "1024K"),
                        Map.entry("L3", "520192K"));
        assertThat(MachineProbe.getconfCaches("LEVEL1_DCACHE_SIZE \nLEVEL2_CACHE_SIZE 0\n")).isEmpty();
    }

    @Test
    void shouldReadTheCachesOfTheFirstCpuThatListsThemInSysfs() throws IOException {
        Path cpus = root.resolve("sys/devices/system/cpu");
        Files.createDirectories(cpus.resolve("cpu0"));
        index(cpus.resolve("cpu1/cache/index0"), "1", "Data", "48K");
        index(cpus.resolve("cpu1/cache/index1"), "1", "Instruction", "32K");
        index(cpus.resolve("cpu1/cache/index2"), "2", "Unified", "1024K");
        assertThat(new MachineProbe(root).caches())
                .containsExactly(Map.entry("L1d", "48K"), Map.entry("L1i", "32K"), Map.entry("L2", "1024K"));
    }

    @Test
    void shouldLeaveUnknownWhatTheOsDoesNotSay() {
        MachineProbe probe = new MachineProbe(root);
        assertThat(probe.cpuinfo()).isEmpty();
        assertThat(probe.cpuId(Map.of("model name", "Some ARM"))).isEqualTo(CpuId.UNKNOWN);
    }

    private static void index(Path folder, String level, String type, String size) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("level"), level + "\n");
        Files.writeString(folder.resolve("type"), type + "\n");
        Files.writeString(folder.resolve("size"), size + "\n");
    }
}

package dev.arraybench.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceFiles;
import dev.arraybench.core.advice.AdvicePolicy;
import dev.arraybench.core.analysis.AdviceFixture;
import dev.arraybench.core.result.EnvironmentFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {

    private static final EnvironmentFingerprint MACHINE = new EnvironmentFingerprint("Test CPU", 2, "Vendor",
            "25.0.1", List.of("-Xmx1g"), 256, "Linux 6.1 amd64");

    @TempDir
    Path folder;

    private Path advise() throws IOException {
        Path json = folder.resolve("thresholds.json");
        AdviceFiles.write(Advice.of(AdviceFixture.analysis(), MACHINE, AdvicePolicy.CONSERVATIVE), json);
        return AdviceFiles.propertiesBeside(json);
    }

    private static Map<String, String> same() {
        return new HashMap<>(Map.of("cpuModel", "Test CPU", "cores", "2", "jdkVendor", "Vendor", "jdkVersion",
                "25.0.1", "os", "Linux 6.1 amd64"));
    }

    @Test
    void shouldLoadAnAdviseOutputAndAnswerFromTheUpperEndOfTheInterval() throws IOException {
        List<String> warnings = new ArrayList<>();
        Thresholds thresholds = Thresholds.load(advise(), same(), warnings::add);
        assertThat(warnings).isEmpty();
        OptionalLong from = thresholds.parallelFrom("scale", "int32", "native", "zero-copy-parallel", "spin", 2);
        // 0.5x at 10K and 1.5x at 100K: the crossing is the geometric mean, exactly, without noise
        assertThat(from).hasValue((long) Math.ceil(Math.sqrt(1e4 * 1e5)));
        assertThat(thresholds.shouldParallelize("scale", "int32", "native", "zero-copy-parallel", "spin", 2, 10_000))
                .isFalse();
        assertThat(thresholds.shouldParallelize("scale", "int32", "native", "zero-copy-parallel", "spin", 2, 50_000))
                .isTrue();
    }

    @Test
    void shouldStaySequentialForAVariantThatNeverPaysOrThatTheFileDoesNotKnow() throws IOException {
        Thresholds thresholds = Thresholds.load(advise(), same(), warning -> { });
        assertThat(thresholds.parallelFrom("scale", "int32", "native", "copy-parallel", "forkjoin", 2)).isEmpty();
        assertThat(thresholds.shouldParallelize("scale", "int32", "native", "copy-parallel", "forkjoin", 2,
                Long.MAX_VALUE)).isFalse();
        assertThat(thresholds.shouldParallelize("scale", "int32", "native", "zero-copy-parallel", "spin", 8,
                Long.MAX_VALUE)).isFalse();
    }

    @Test
    void shouldWarnOnceNamingEveryFieldThatDiffersOnAnotherMachine() throws IOException {
        Map<String, String> other = same();
        other.put("cores", "64");
        other.put("cpuModel", "Other CPU");
        List<String> warnings = new ArrayList<>();
        Thresholds.load(advise(), other, warnings::add);
        assertThat(warnings).singleElement().asString().contains("cores (file: 2, here: 64)",
                "cpuModel (file: Test CPU, here: Other CPU)").doesNotContain("jdkVersion");
    }

    private static final EnvironmentFingerprint SERVER = new EnvironmentFingerprint("Server CPU", 64, "Vendor",
            "25.0.1", List.of(), 512, "Linux 6.1 amd64");

    private Path adviseFleet() throws IOException {
        Path json = folder.resolve("fleet-thresholds.json");
        AdviceFiles.write(List.of(Advice.of(AdviceFixture.analysis(), MACHINE, AdvicePolicy.CONSERVATIVE),
                Advice.of(AdviceFixture.analysis(), SERVER, AdvicePolicy.CONSERVATIVE)), json);
        return AdviceFiles.propertiesBeside(json);
    }

    @Test
    void shouldPickTheMachineClassThatMatchesTheCurrentMachineWithoutWarning() throws IOException {
        Map<String, String> server = same();
        server.put("cpuModel", "Server CPU");
        server.put("cores", "64");
        List<String> warnings = new ArrayList<>();
        Thresholds thresholds = Thresholds.load(adviseFleet(), server, warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(thresholds.machineClass()).isEqualTo("Server CPU, 64 cores, JDK Vendor 25.0.1");
        assertThat(thresholds.machine()).containsEntry("cores", "64").containsEntry("vectorBits", "512");
        assertThat(thresholds.parallelFrom("scale", "int32", "native", "zero-copy-parallel", "spin", 2))
                .hasValue(31_623);
        assertThat(Thresholds.load(adviseFleet(), same(), warnings::add).machineClass())
                .isEqualTo("Test CPU, 2 cores, JDK Vendor 25.0.1");
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldFallBackToTheClosestClassWarningOnceWhichAndWhatDiffers() throws IOException {
        Map<String, String> newerJdk = same();
        newerJdk.put("cpuModel", "Server CPU");
        newerJdk.put("cores", "64");
        newerJdk.put("jdkVersion", "25.0.2");
        List<String> warnings = new ArrayList<>();
        assertThat(Thresholds.load(adviseFleet(), newerJdk, warnings::add).machineClass()).startsWith("Server CPU");
        assertThat(warnings).singleElement().asString().contains("falling back to 'Server CPU, 64 cores",
                "jdkVersion (file: 25.0.1, here: 25.0.2)").doesNotContain("cores (");

        Map<String, String> sameCores = same();
        sameCores.put("cpuModel", "Laptop CPU");
        warnings.clear();
        assertThat(Thresholds.load(adviseFleet(), sameCores, warnings::add).machineClass()).startsWith("Test CPU");
        assertThat(warnings).singleElement().asString().contains("cpuModel (file: Test CPU, here: Laptop CPU)");

        Map<String, String> unknown = same();
        unknown.put("cpuModel", "Other CPU");
        unknown.put("cores", "16");
        warnings.clear();
        assertThat(Thresholds.load(adviseFleet(), unknown, warnings::add).machineClass()).startsWith("Test CPU");
        assertThat(warnings).singleElement().asString().contains("cores (file: 2, here: 16)",
                "cpuModel (file: Test CPU, here: Other CPU)");
    }

    @Test
    void shouldDependOnNothingButTheJdk() throws IOException {
        Path sources = Path.of("src/main/java/dev/arraybench/thresholds");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllLines(file)).filteredOn(line -> line.startsWith("import "))
                        .allSatisfy(line -> assertThat(line).startsWith("import java."));
            }
        }
    }
}

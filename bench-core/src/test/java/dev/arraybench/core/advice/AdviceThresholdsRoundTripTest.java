package dev.arraybench.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.core.analysis.AdviceFixture;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.TestDimensions;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.thresholds.CpuId;
import dev.arraybench.thresholds.MachineFingerprint;
import dev.arraybench.thresholds.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code advise} writes, loaded back by the runtime's {@link Thresholds}. */
class AdviceThresholdsRoundTripTest {

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

    /** This machine but for its CPU model and cores. */
    private static Map<String, String> machineWith(String cpuModel, String cores) {
        Map<String, String> machine = same();
        machine.put("cpuModel", cpuModel);
        machine.put("cores", cores);
        return machine;
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
        Map<String, String> other = machineWith("Other CPU", "64");
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
        Map<String, String> server = machineWith("Server CPU", "64");
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
        Map<String, String> newerJdk = machineWith("Server CPU", "64");
        newerJdk.put("jdkVersion", "25.0.2");
        List<String> warnings = new ArrayList<>();
        assertThat(Thresholds.load(adviseFleet(), newerJdk, warnings::add).machineClass()).startsWith("Server CPU");
        assertThat(warnings).singleElement().asString().contains("class 'Server CPU, 64 cores",
                "measured with another JDK or OS", "jdkVersion (file: 25.0.1, here: 25.0.2)").doesNotContain("cores (");

        Map<String, String> sameCores = machineWith("Laptop CPU", "2");
        warnings.clear();
        assertThat(Thresholds.load(adviseFleet(), sameCores, warnings::add).machineClass()).startsWith("Test CPU");
        assertThat(warnings).singleElement().asString().contains("cpuModel (file: Test CPU, here: Laptop CPU)");

        Map<String, String> unknown = machineWith("Other CPU", "16");
        warnings.clear();
        assertThat(Thresholds.load(adviseFleet(), unknown, warnings::add).machineClass()).startsWith("Test CPU");
        assertThat(warnings).singleElement().asString().contains("cores (file: 2, here: 16)",
                "cpuModel (file: Test CPU, here: Other CPU)");
    }

    /** The Zen 5 VM this project builds on, as the runtime probes it (/proc/cpuinfo, getconf). */
    private static final MachineFingerprint ZEN5 = new MachineFingerprint("AMD EPYC",
            new CpuId("AuthenticAMD", 26, 2, 1), 2, Map.of("L1d", "48K", "L1i", "32K", "L2", "1024K", "L3", "520192K"),
            512, "Linux 6.18.44-fc-v1272 amd64", "Eclipse Adoptium", "25.0.3+9-LTS");

    private static EnvironmentFingerprint committed(String name, List<Advice> into) {
        RunResults read = ResultsCodec.read(Path.of("../docs/results", name));
        RunResults results = read.dimensions() == null ? read.withDimensions(TestDimensions.arraybench()) : read;
        EnvironmentFingerprint machine = EnvironmentFingerprint.of(results.environment());
        into.add(Advice.of(Analysis.of(results), machine));
        return machine;
    }

    @Test
    void shouldGiveTheCommittedXeonAndEpycFilesEachItsOwnClassAndTellTheZen5ApartByItsCaches() throws IOException {
        List<Advice> classes = new ArrayList<>();
        MachineFingerprint xeon = committed("xeon-sweep.json", classes).machine();
        MachineFingerprint epyc = committed("breakeven.json", classes).machine();
        Path both = folder.resolve("two-machines.json");
        AdviceFiles.write(classes, both);
        List<String> warnings = new ArrayList<>();
        for (MachineFingerprint machine : List.of(xeon, epyc)) {
            MachineFingerprint otherKernel = new MachineFingerprint(machine.cpuModel(), machine.cpuId(),
                    machine.cores(), machine.caches(), machine.vectorBits(), "Linux 6.18.44-fc-v9999 amd64",
                    machine.jdkVendor(), machine.jdkVersion());
            Thresholds thresholds = Thresholds.load(AdviceFiles.propertiesBeside(both), otherKernel, warnings::add);
            assertThat(thresholds.machineClass()).startsWith(machine.cpuModel());
            assertThat(thresholds.matchesThisMachine()).isTrue();
        }
        assertThat(warnings).isEmpty();

        Path epycOnly = folder.resolve("epyc.json");
        AdviceFiles.write(classes.get(1), epycOnly);
        Thresholds onZen5 = Thresholds.load(AdviceFiles.propertiesBeside(epycOnly), ZEN5, warnings::add);
        assertThat(onZen5.matchesThisMachine()).isFalse();
        assertThat(warnings).singleElement().asString().contains("another machine class",
                "cache.L1d (file: 32K, here: 48K)", "cache.L2 (file: 512K, here: 1024K)",
                "vectorBits (file: 256, here: 512)", "does not record cpuFamily, cpuModelNumber")
                .doesNotContain("v782", "v1272", "cpuModel (", "cores (");
    }

    /** Lines of each file are separated by ';'; a properties escape {@code \n} puts a line break in a value. */
}

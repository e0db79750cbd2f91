package dev.arraybench.thresholds;

import static dev.arraybench.thresholds.Machines.OLDER_EPYC;
import static dev.arraybench.thresholds.Machines.ZEN5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private Path fileOf(MachineFingerprint machine, long from) throws IOException {
        return write("one.properties", Machines.file(new MachineFingerprint[] {machine}, new long[] {from}));
    }

    private static long sumFrom(Thresholds thresholds) {
        return thresholds.parallelFrom("sum", "int32", "native", "zero-copy-parallel", "spin", 2).orElse(-1);
    }

    @Test
    void shouldTellTheZen5FromTheOlderEpycThoughBothSayAmdEpycWithTwoCores() throws IOException {
        Thresholds onZen5 = Thresholds.load(fileOf(OLDER_EPYC, 14_195), ZEN5, warnings::add);
        assertThat(onZen5.matchesThisMachine()).isFalse();
        assertThat(sumFrom(onZen5)).isEqualTo(14_195);
        assertThat(warnings).singleElement().asString()
                .contains("measured on another machine class", "cpuFamily (file: 25, here: 26)",
                        "cpuModelNumber (file: 1, here: 2)", "cache.L1d (file: 32K, here: 48K)",
                        "cache.L2 (file: 512K, here: 1024K)", "vectorBits (file: 256, here: 512)")
                .doesNotContain("os (", "v782", "v1272", "cpuModel (", "cores (");
        assertThat(onZen5.differences()).extracting(MachineFingerprint.Difference::field)
                .startsWith("cpuFamily", "cpuModelNumber").doesNotContain("os", "cpuModel", "cores");
    }

    @Test
    void shouldKeepTheClassWithoutAWordWhenOnlyTheKernelBuildDiffers() throws IOException {
        MachineFingerprint updatedHost = Machines.withKernel(ZEN5, "Linux 6.18.44-fc-v1999 amd64");
        Thresholds thresholds = Thresholds.load(fileOf(ZEN5, 36_000), updatedHost, warnings::add);
        assertThat(thresholds.matchesThisMachine()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldPickEachEpycItsOwnClassFromAFileOfBoth() throws IOException {
        Path both = write("fleet.properties", Machines.file(new MachineFingerprint[] {OLDER_EPYC, ZEN5},
                new long[] {14_195, 36_000}));
        Thresholds onZen5 = Thresholds.load(both, Machines.withKernel(ZEN5, "Linux 6.1 amd64"), warnings::add);
        Thresholds onOlder = Thresholds.load(both, OLDER_EPYC, warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(onZen5.machineClass()).isEqualTo("AMD EPYC family 26 model 2");
        assertThat(sumFrom(onZen5)).isEqualTo(36_000);
        assertThat(onOlder.machineClass()).isEqualTo("AMD EPYC family 25 model 1");
        assertThat(sumFrom(onOlder)).isEqualTo(14_195);
    }

    @Test
    void shouldReadAnOldFileWithoutTheNewFieldsAndSayWhatItCannotTell() throws IOException {
        Thresholds thresholds = Thresholds.load(fileOf(Machines.asOldFile(OLDER_EPYC), 14_195), ZEN5,
                warnings::add);
        assertThat(sumFrom(thresholds)).isEqualTo(14_195);
        assertThat(thresholds.matchesThisMachine()).isFalse();
        assertThat(warnings).singleElement().asString().contains("vectorBits (file: 256, here: 512)",
                "does not record cpuFamily, cpuModelNumber, caches");
    }

    @Test
    void shouldWarnAboutTheJdkButKeepTheClassWhenOnlyTheJdkDiffers() throws IOException {
        MachineFingerprint otherJdk = new MachineFingerprint(ZEN5.cpuModel(), ZEN5.cpuId(), ZEN5.cores(),
                ZEN5.caches(), ZEN5.vectorBits(), ZEN5.os(), "Debian", "17.0.15+6-Debian-1deb12u1");
        Thresholds thresholds = Thresholds.load(fileOf(ZEN5, 36_000), otherJdk, warnings::add);
        assertThat(thresholds.matchesThisMachine()).isTrue();
        assertThat(warnings).singleElement().asString().contains("another JDK or OS",
                "jdkVersion (file: 25.0.3+9-LTS, here: 17.0.15+6-Debian-1deb12u1)");
    }

    @Test
    void shouldRefuseAnUnknownSchemaOrATruncatedFileWithAMessageThatSaysWhich() throws IOException {
        Path future = write("future.properties", "schema=arraybench-thresholds/9\n");
        assertThatThrownBy(() -> Thresholds.load(future, ZEN5, warnings::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema 'arraybench-thresholds/9'");
        String whole = Machines.file(new MachineFingerprint[] {ZEN5}, new long[] {36_000});
        Path cut = write("cut.properties", whole.substring(0, whole.indexOf("parallelFrom=")));
        assertThatThrownBy(() -> Thresholds.load(cut, ZEN5, warnings::add))
                .hasMessageContaining("has no parallelFrom or threads (a truncated file?)");
        Path lostCount = write("lost.properties", whole.replace("thresholds=1", "thresholds=2"));
        assertThatThrownBy(() -> Thresholds.load(lostCount, ZEN5, warnings::add))
                .hasMessageContaining("'thresholds' is 2 but 1 thresholds are complete");
        String fleet = Machines.file(new MachineFingerprint[] {OLDER_EPYC, ZEN5}, new long[] {1, 2});
        Path cutFleet = write("cut-fleet.properties", fleet.substring(0, fleet.indexOf("class.1.label")));
        assertThatThrownBy(() -> Thresholds.load(cutFleet, ZEN5, warnings::add))
                .hasMessageContaining("'classes' is 2 but class 1 is missing");
    }

    @Test
    void shouldFallBackToSequentialWithOneMessageInsteadOfThrowingForALibrary() throws IOException {
        Path bad = write("bad.properties", "schema=arraybench-thresholds/1\nthreshold.0.strategy=x\n");
        Thresholds thresholds = Thresholds.loadOrSequential(bad, ZEN5, warnings::add);
        assertThat(thresholds.shouldParallelize("sum", "int32", "native", "x", "", 1, Long.MAX_VALUE)).isFalse();
        assertThat(thresholds.matchesThisMachine()).isFalse();
        Thresholds missing = Thresholds.loadOrSequential(folder.resolve("none"), ZEN5, warnings::add);
        Thresholds noResource = Thresholds.loadResourceOrSequential(ThresholdsTest.class, "none.properties", ZEN5,
                warnings::add);
        assertThat(missing.parallelFrom("sum", "int32", "native", "zero-copy-parallel", "spin", 2)).isEmpty();
        assertThat(noResource.parallelFrom("sum", "int32", "native", "zero-copy-parallel", "spin", 2)).isEmpty();
        assertThat(warnings).hasSize(3).allSatisfy(w -> assertThat(w).endsWith("staying sequential"));
        assertThat(warnings.get(0)).contains("bad.properties", "a truncated file?");
        assertThat(warnings.get(1)).contains("cannot read");
    }

    @Test
    void shouldLoadAResourceThatALibraryShips() throws IOException {
        Thresholds thresholds = Thresholds.loadResourceOrSequential(ThresholdsTest.class, "zen5.properties", ZEN5,
                warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(sumFrom(thresholds)).isEqualTo(36_000);
    }
}

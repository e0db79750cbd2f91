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

class CalibrationCacheTest {

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    private CalibrationCache cache(MachineFingerprint machine) {
        return new CalibrationCache(folder.resolve("library.properties"), machine, warnings::add);
    }

    private static Crossing stable(String kernel, long from) {
        return new Crossing(kernel, from, true, 6, 150_000_000, "measured");
    }

    @Test
    void shouldReadBackWhatItStoredForEachKernelOnTheSameMachine() {
        cache(ZEN5).store(stable("sum-int32", 36_283));
        cache(ZEN5).store(stable("copy", Long.MAX_VALUE));
        assertThat(cache(ZEN5).load("sum-int32")).get().extracting(Crossing::parallelFrom).isEqualTo(36_283L);
        assertThat(cache(ZEN5).load("copy")).get().satisfies(c -> assertThat(c.neverPays()).isTrue());
        assertThat(cache(ZEN5).load("scale-int32")).isEmpty();
        assertThat(cache(Machines.withKernel(ZEN5, "Linux 6.19 amd64")).load("sum-int32")).isPresent();
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldAnswerFromTheCacheWithoutRunningTheKernel() {
        cache(ZEN5).store(stable("sum-int32", 36_283));
        CalibrationKernel untouchable = new CalibrationKernel("sum-int32", n -> {
            throw new AssertionError("measured although cached");
        }, n -> {
            throw new AssertionError("measured although cached");
        });
        Crossing crossing = Calibration.cached(cache(ZEN5), untouchable, new int[] {1, 2}, Calibration.DEFAULT_BUDGET);
        assertThat(crossing.shouldParallelize(40_000)).isTrue();
        assertThat(crossing.message()).contains("cached in");
    }

    @Test
    void shouldNotBuildTheKernelWhenTheCacheAnswers() {
        cache(ZEN5).store(stable("sum-int32", 36_283));
        Crossing crossing = Calibration.cached(cache(ZEN5), "sum-int32", () -> {
            throw new AssertionError("built although cached");
        }, new int[] {1, 2}, Calibration.DEFAULT_BUDGET);
        assertThat(crossing.parallelFrom()).isEqualTo(36_283L);
    }

    @Test
    void shouldRefuseAKernelBuiltUnderAnotherName() {
        CalibrationKernel other = new CalibrationKernel("scale-int32", n -> { }, n -> { });
        assertThatThrownBy(() -> Calibration.cached(cache(ZEN5), "sum-int32", () -> other, new int[] {1, 2},
                Calibration.DEFAULT_BUDGET)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kernel: built 'scale-int32' for 'sum-int32'");
    }

    @Test
    void shouldNotUseTheCacheOfAnotherMachineAndSayWhy() {
        cache(OLDER_EPYC).store(stable("sum-int32", 14_195));
        assertThat(cache(ZEN5).load("sum-int32")).isEmpty();
        assertThat(warnings).singleElement().asString().contains("written by another machine", "cpuFamily (file: 25",
                "measuring again");
    }

    @Test
    void shouldNotUseAFileOfAnUnknownSchemaOrATruncatedOne() throws IOException {
        Path file = folder.resolve("library.properties");
        Files.writeString(file, "schema=arraybench-calibration/7\n");
        assertThat(cache(ZEN5).load("sum-int32")).isEmpty();
        cache(ZEN5).store(stable("sum-int32", 36_283));
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 3));
        assertThat(cache(ZEN5).load("sum-int32")).isEmpty();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("schema 'arraybench-calibration/7'");
        assertThat(warnings.get(1)).contains("truncated");
    }

    @Test
    void shouldPutTheDefaultCacheUnderTheUsersCacheFolder() {
        assertThat(CalibrationCache.defaultFolder().getFileName().toString()).isEqualTo("arraybench");
        assertThat(CalibrationCache.forLibrary("my-lib", warnings::add).file().getFileName().toString())
                .startsWith("my-lib-").endsWith(".properties");
    }
}

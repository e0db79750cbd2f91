package dev.arraybench.core.analysis;

import static dev.arraybench.core.analysis.Synthetic.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WinRegionsTest {

    private static final String[] SIZES = {"1K", "4K", "16K", "64K", "256K", "1M", "4M"};
    private static final long[] ELEMENTS = {1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000, 4_000_000};

    /** Sequential takes 1 ns per element; the variant has the given speedups, exactly. */
    private static Analysis profile(Map<String, String> caches, double... speedups) {
        Synthetic synthetic = new Synthetic().caches(caches);
        for (int i = 0; i < SIZES.length; i++) {
            synthetic.kernel("sequential", 1, SIZES[i], repeat(ELEMENTS[i], 4));
            synthetic.kernel("zero-copy-parallel", 2, SIZES[i], repeat(ELEMENTS[i] / speedups[i], 4));
        }
        return synthetic.analysis();
    }

    @Test
    void shouldSplitSizesIntoBandsAndNameTheCachesWhereABandStarts() {
        // scale int32 moves 8 bytes per element: L1d (32 KiB) fills at 4,096 elements, L2 (4 MiB) fills at 524K elements, L3 (32 MiB) at 4.2M
        WinRegion region = profile(Map.of("L1d", "32K", "L1i", "32K", "L2", "4096K", "L3", "32M"),
                0.5, 0.8, 1.5, 2, 1.4, 1, 1).winRegions().getFirst();
        assertThat(region.bands()).extracting(WinRegion.Band::from, WinRegion.Band::to, WinRegion.Band::verdict,
                WinRegion.Band::cachesAtStart).containsExactly(
                        tuple(1_000L, 4_000L, WinRegion.Verdict.SLOWER, List.of()),
                        tuple(16_000L, 256_000L, WinRegion.Verdict.FASTER, List.of("L1d")),
                        tuple(1_000_000L, 4_000_000L, WinRegion.Verdict.UNDECIDED, List.of("L2")));
    }

    @Test
    void shouldNameNoCacheWhenTheFileRecordsNone() {
        WinRegion region = profile(Map.of(), 0.5, 0.5, 2, 2, 2, 2, 2).winRegions().getFirst();
        assertThat(region.bands()).allSatisfy(band -> assertThat(band.cachesAtStart()).isEmpty());
        assertThat(region.bands()).hasSize(2);
    }

    @Test
    void shouldReadRecordedCacheSizesAndLeaveInstructionCachesOut() {
        CacheSizes caches = CacheSizes.of(Map.of("L1d", "48K", "L1i", "64K", "L2", "2048K", "L3", "491520K"));
        assertThat(caches.caches()).extracting(CacheSizes.Cache::name).containsExactly("L1d", "L2", "L3");
        assertThat(caches.caches().getFirst().bytes()).isEqualTo(48 * 1024);
        assertThat(CacheSizes.bytes("32M")).isEqualTo(32L << 20);
        assertThat(CacheSizes.bytes("2 MiB")).isEqualTo(2L << 20);
        assertThat(CacheSizes.bytes("48 KiB")).isEqualTo(48L << 10);
        assertThat(CacheSizes.bytes("lots")).isEqualTo(-1);
    }
}

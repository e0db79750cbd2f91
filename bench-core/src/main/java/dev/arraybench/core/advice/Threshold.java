package dev.arraybench.core.advice;

import dev.arraybench.core.analysis.Variant;
import dev.arraybench.core.analysis.WinRegion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One variant's advice for one case: from which size to parallelise, the break-even behind it and the win
 * region around it.
 *
 * @param kase the case's parameters by name, such as {@code op=scale, dtype=int32, layout=native}, with
 *     {@code benchmark} first when the file's cases differ by benchmark
 * @param strategy the variant's name
 * @param pool the variant's line parameters' values, such as {@code spin}; empty when none
 * @param threads the thread count
 * @param parallelFrom elements: from which size to parallelise, chosen by the advice's policy (least expected
 *     regret, or the upper end of the break-even interval), {@code null} when it never pays
 *     within the measured range (or may not)
 * @param estimate the median break-even in elements, {@code null} when not within the measured range
 * @param low the interval's lower end, {@code null} when not within the measured range
 * @param high the interval's upper end, {@code null} when it reaches beyond the measured range
 * @param bands the win region's bands
 */
public record Threshold(Map<String, String> kase, String strategy, String pool, int threads, Long parallelFrom,
        Double estimate, Double low, Double high, List<WinRegion.Band> bands) {

    /** Keeps the maps and lists unchangeable. */
    public Threshold {
        kase = Collections.unmodifiableMap(new LinkedHashMap<>(kase));
        bands = List.copyOf(bands);
    }

    /**
     * The variant with its pool and threads as {@link Variant#label()} names a parallel one, such as
     * {@code zero-copy-parallel spin (2 threads)}.
     */
    public String variantLabel() {
        return new Variant(strategy, pool, threads, 0, false, false).label();
    }
}

package dev.arraybench.runner.execute;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.ceiling.StreamKernel;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the ceiling scenario's results into the machine's bandwidth: the best of copy, scale and triad
 * (counting the write-allocate read, see StreamKernel) on one thread and on the most threads measured.
 */
public final class CeilingSummary {

    private CeilingSummary() {
    }

    /** The ceiling, or {@code null} when no ceiling benchmark is among {@code results}. */
    public static Ceiling of(List<BenchmarkResult> results) {
        List<BenchmarkResult> ceiling = results.stream()
                .filter(result -> result.benchmark().startsWith(Scenarios.CEILING + "."))
                .toList();
        if (ceiling.isEmpty()) {
            return null;
        }
        int most = ceiling.stream().mapToInt(CeilingSummary::threads).max().orElse(1);
        return new Ceiling(best(ceiling, 1), best(ceiling, most), most);
    }

    /** The bandwidth one ceiling result stands for, in GB/s. */
    static double gbPerSecond(BenchmarkResult result) {
        String method = result.benchmark().substring(result.benchmark().lastIndexOf('.') + 1);
        StreamKernel kernel = StreamKernel.valueOf(method.toUpperCase(Locale.ROOT));
        return kernel.gbPerSecond(Sizes.parse(result.param("size")),
                DerivedFigures.nanosPerOp(result.score(), result.unit()));
    }

    /** Bytes of the last-level cache from the OS's cache sizes such as {@code 32768K}, 0 when unknown. */
    public static long lastLevelCacheBytes(Map<String, String> caches) {
        for (String level : List.of("L4", "L3", "L2")) {
            String size = caches.get(level);
            if (size != null && size.matches("\\d+[KMG]?")) {
                long number = Long.parseLong(size.replaceAll("\\D", ""));
                return switch (size.charAt(size.length() - 1)) {
                    case 'K' -> number << 10;
                    case 'M' -> number << 20;
                    case 'G' -> number << 30;
                    default -> number;
                };
            }
        }
        return 0;
    }

    private static double best(List<BenchmarkResult> ceiling, int threads) {
        return ceiling.stream()
                .filter(result -> threads(result) == threads)
                .mapToDouble(CeilingSummary::gbPerSecond)
                .max()
                .orElse(Double.NaN);
    }

    private static int threads(BenchmarkResult result) {
        return Integer.parseInt(result.param("threads"));
    }
}

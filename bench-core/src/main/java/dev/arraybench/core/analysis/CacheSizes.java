package dev.arraybench.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine's data caches as the results file records them ({@code environment.caches}: {@code L1d},
 * {@code L2}, {@code L3} with sizes such as {@code 48K} or {@code 32M}), placed on the size axis. A cache is
 * placed at the size whose traffic per call ({@link dev.arraybench.core.result.Derived#bytesPerElement()}
 * times the size) equals it; for an op that reads and writes each element in place the data itself fits
 * up to twice that size.
 *
 * @param caches the data and unified caches, smallest first
 */
public record CacheSizes(List<Cache> caches) {

    /**
     * One cache.
     *
     * @param name such as {@code L2}
     * @param bytes its size in bytes
     */
    public record Cache(String name, long bytes) {

        /** The size in elements at which {@code bytesPerElement} bytes per element fill this cache. */
        public double elements(double bytesPerElement) {
            return bytes / bytesPerElement;
        }
    }

    /** Keeps the list unchangeable. */
    public CacheSizes {
        caches = List.copyOf(caches);
    }

    /** The data and unified caches of {@code recorded} (instruction caches left out); none when unknown. */
    public static CacheSizes of(Map<String, String> recorded) {
        List<Cache> caches = new ArrayList<>();
        if (recorded != null) {
            recorded.forEach((name, size) -> {
                long bytes = bytes(size);
                if (!name.endsWith("i") && bytes > 0) {
                    caches.add(new Cache(name, bytes));
                }
            });
        }
        caches.sort((a, b) -> Long.compare(a.bytes(), b.bytes()));
        return new CacheSizes(caches);
    }

    /** The smallest cache that holds {@code elements} elements, or {@code null} when none does. */
    public Cache holding(double elements, double bytesPerElement) {
        for (Cache cache : caches) {
            if (elements <= cache.elements(bytesPerElement)) {
                return cache;
            }
        }
        return null;
    }

    /** The caches filled at a size strictly between {@code below} and {@code above} elements. */
    public List<Cache> between(double below, double above, double bytesPerElement) {
        return caches.stream().filter(c -> c.elements(bytesPerElement) > below && c.elements(bytesPerElement) < above)
                .toList();
    }

    /**
     * Bytes of a size such as {@code 48K}, {@code 2048K}, {@code 32M}, {@code 2 MiB} or {@code 32768}; -1 when
     * unreadable.
     */
    static long bytes(String size) {
        if (size == null || size.isBlank()) {
            return -1;
        }
        String text = size.replace(" ", "").toUpperCase(Locale.ROOT);
        if (text.endsWith("IB")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("B")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return -1;
        }
        long unit = switch (text.charAt(text.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        try {
            return Long.parseLong(digits.trim()) * unit;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

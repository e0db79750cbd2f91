package dev.arraybench.runner.plan;

import dev.arraybench.runner.UserError;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.strategy.Strategy;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Sizes each benchmark JVM for its data and refuses, before any fork starts, a size that cannot fit in this
 * machine's memory. A fork holds the input arrays (two for {@code add}, plus a negated second input that
 * keeps float data steady), a copy of {@code x} for the pre-timing check, and for {@code copy-parallel}
 * the fresh arrays of a call plus the garbage of the previous ones. Heap arrays count against
 * {@code -Xmx}; native ones against {@code -XX:MaxDirectMemorySize}.
 */
public final class ForkSizing {

    private static final long BASE_HEAP = 512L << 20;
    private static final long BASE_DIRECT = 64L << 20;
    private static final long MIB = 1L << 20;

    private ForkSizing() {
    }

    /** The JVM flags that size a fork for {@code combination}. */
    static List<String> flags(Combination combination) {
        return List.of("-Xms" + mib(Math.min(heap(combination), 1L << 30)) + "m",
                "-Xmx" + mib(heap(combination)) + "m",
                "-XX:MaxDirectMemorySize=" + mib(direct(combination)) + "m");
    }

    /**
     * Checks that the largest benchmark fits in memory.
     *
     * @throws UserError giving the bytes needed and the bytes this machine has
     */
    public static void check(List<Combination> combinations, long physicalBytes) {
        for (Combination combination : combinations) {
            long needed = heap(combination) + direct(combination);
            if (needed > physicalBytes * 0.8) {
                throw new UserError(String.format(
                        "size: %s of %s needs about %s per benchmark JVM (%s per array), more than 80%% of the"
                                + " %s this machine has (expected a smaller --size)",
                        combination.params().get("size"), combination.type().label(), bytes(needed),
                        bytes(combination.arrayBytes()), bytes(physicalBytes)));
            }
        }
    }

    /** Physical memory of this machine, 0 when the JVM cannot tell. */
    public static long physicalBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    static long heap(Combination combination) {
        long data = dataBytes(combination);
        long heap = BASE_HEAP;
        if (combination.layout() == Layout.HEAP) {
            heap += data + combination.arrayBytes();
        }
        if (combination.strategy() == Strategy.COPY_PARALLEL) {
            heap += 3 * combination.op().inputs() * combination.arrayBytes();
        }
        return heap;
    }

    static long direct(Combination combination) {
        long direct = BASE_DIRECT;
        if (combination.layout() == Layout.NATIVE) {
            direct += dataBytes(combination) + combination.arrayBytes();
        }
        return direct;
    }

    private static long dataBytes(Combination combination) {
        int arrays = combination.op().inputs() == 2 ? 3 : 1;
        return arrays * combination.arrayBytes();
    }

    private static long mib(long bytes) {
        return (bytes + MIB - 1) / MIB;
    }

    public static String bytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
    }
}

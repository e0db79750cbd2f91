package example.consumer;

import dev.arraybench.thresholds.CalibrationCache;
import dev.arraybench.thresholds.Calibration;
import dev.arraybench.thresholds.MachineFingerprint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * Starts the example library as an application would, then sums and scales arrays of a few sizes, saying
 * which path each call took and checking every answer against the plain loop.
 *
 * <pre>java -cp arraybench-runtime.jar:classes example.consumer.Demo [--cache FILE] [--budget MS]</pre>
 *
 * Without {@code --cache} the calibration cache is the library's default file under the user's cache folder.
 */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the example.
     *
     * @param args {@code --cache FILE} and {@code --budget MS}, both optional
     */
    public static void main(String[] args) {
        Path cacheFile = null;
        Duration budget = Calibration.DEFAULT_BUDGET;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--cache")) {
                cacheFile = Path.of(args[i + 1]);
            } else if (args[i].equals("--budget")) {
                budget = Duration.ofMillis(Long.parseLong(args[i + 1]));
            } else {
                throw new IllegalArgumentException(args[i] + ": unknown (expected --cache FILE or --budget MS)");
            }
        }
        MachineFingerprint here = MachineFingerprint.probe();
        System.out.printf(Locale.ROOT, "machine: %s, vendor %s family %s model %s, %d cores, caches %s; Java %s%n",
                here.cpuModel(), here.cpuId().vendor(), here.cpuId().family(), here.cpuId().model(), here.cores(),
                here.caches(), System.getProperty("java.version"));
        CalibrationCache cache = cacheFile == null
                ? CalibrationCache.forLibrary("threshold-consumer", Demo::log)
                : new CalibrationCache(cacheFile, here, Demo::log);
        long started = System.nanoTime();
        try (ArrayOps ops = ArrayOps.start(cache, budget, Demo::log)) {
            System.out.printf(Locale.ROOT, "started in %.1f ms; thresholds from %s: sum parallel %s, scale parallel %s%n",
                    (System.nanoTime() - started) / 1e6, ops.source(), from(ops.sumFrom()), from(ops.scaleFrom()));
            int[] data = new Random(7).ints(4_000_000, -1000, 1000).toArray();
            for (int n : new int[] {1_000, 100_000, 4_000_000}) {
                long sum = ops.sum(data, n);
                check(sum == ArrayOps.sequentialSum(data, 0, n), "sum of " + n);
                int[] copy = data.clone();
                ops.scale(copy, n, 3);
                check(copy[n - 1] == data[n - 1] * 3 && copy[0] == data[0] * 3, "scale of " + n);
                System.out.printf(Locale.ROOT, "n = %,9d: sum %s, scale %s (both checked against the plain loop)%n",
                        n, n >= ops.sumFrom() ? "parallel" : "sequential",
                        n >= ops.scaleFrom() ? "parallel" : "sequential");
            }
        }
    }

    private static String from(long size) {
        return size == Long.MAX_VALUE ? "never" : String.format(Locale.ROOT, "from %,d elements", size);
    }

    private static void check(boolean correct, String what) {
        if (!correct) {
            throw new IllegalStateException(what + ": the parallel answer differs from the plain loop");
        }
    }

    private static void log(String message) {
        System.out.println("  " + message);
    }
}

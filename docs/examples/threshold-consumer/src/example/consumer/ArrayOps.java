package example.consumer;

import dev.arraybench.thresholds.Calibration;
import dev.arraybench.thresholds.CalibrationCache;
import dev.arraybench.thresholds.CalibrationKernel;
import dev.arraybench.thresholds.Crossing;
import dev.arraybench.thresholds.Thresholds;
import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The library of this example: {@code sum} and {@code scale} of an {@code int[]}, each run sequentially or on
 * a spin pool of two threads, chosen per call by size. From which size to go parallel comes, once, from the
 * thresholds file the library ships (when its machine class is this machine's), else from a calibration on
 * first use, cached per machine; when neither gives a trusted answer, it stays sequential.
 */
public final class ArrayOps implements AutoCloseable {

    /** The sizes calibration times; 1M int32 is 4 MB. */
    static final int[] SIZES = {1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000};

    private static final String SUM = "sum-int32";
    private static final String SCALE = "scale-int32";

    private final SpinPool pool = new SpinPool(2);
    private final long[] partials = new long[pool.parts()];
    private final long sumFrom;
    private final long scaleFrom;
    private final String source;

    private ArrayOps(Thresholds shipped, CalibrationCache cache, Duration budget, Consumer<String> log) {
        if (shipped.matchesThisMachine()) {
            sumFrom = shipped.parallelFrom("sum", "int32", "native", "zero-copy-parallel", "spin", 2)
                    .orElse(Long.MAX_VALUE);
            scaleFrom = shipped.parallelFrom("scale", "int32", "native", "zero-copy-parallel", "spin", 2)
                    .orElse(Long.MAX_VALUE);
            source = "the shipped thresholds, machine class '" + shipped.machineClass() + "'";
            return;
        }
        Crossing sum = Calibration.cached(cache, SUM, this::sumKernel, SIZES, budget);
        Crossing scale = Calibration.cached(cache, SCALE, this::scaleKernel, SIZES, budget);
        log.accept(sum.message());
        log.accept(scale.message());
        sumFrom = sum.stable() ? sum.parallelFrom() : Long.MAX_VALUE;
        scaleFrom = scale.stable() ? scale.parallelFrom() : Long.MAX_VALUE;
        source = "calibration on this machine (" + cache.file() + ")";
    }

    /**
     * The library as it starts: its shipped thresholds, else calibration within {@code budget}, cached in
     * {@code cache}; every message to {@code log}. Never throws for a bad file.
     */
    public static ArrayOps start(CalibrationCache cache, Duration budget, Consumer<String> log) {
        Thresholds shipped = Thresholds.loadResourceOrSequential(ArrayOps.class, "thresholds.properties", log);
        return new ArrayOps(shipped, cache, budget, log);
    }

    /** Where the sizes come from. */
    public String source() {
        return source;
    }

    /** From which size {@code sum} runs in parallel; {@link Long#MAX_VALUE} for never. */
    public long sumFrom() {
        return sumFrom;
    }

    /** From which size {@code scale} runs in parallel; {@link Long#MAX_VALUE} for never. */
    public long scaleFrom() {
        return scaleFrom;
    }

    /** The sum of the first {@code n} elements, in 64 bits. */
    public long sum(int[] data, int n) {
        return n >= sumFrom ? parallelSum(data, n) : sequentialSum(data, 0, n);
    }

    /** Multiplies the first {@code n} elements by {@code factor} in place. */
    public void scale(int[] data, int n, int factor) {
        if (n >= scaleFrom) {
            pool.run(n, (part, from, to) -> sequentialScale(data, from, to, factor));
        } else {
            sequentialScale(data, 0, n, factor);
        }
    }

    static long sequentialSum(int[] data, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += data[i];
        }
        return sum;
    }

    long parallelSum(int[] data, int n) {
        pool.run(n, (part, from, to) -> partials[part] = sequentialSum(data, from, to));
        long sum = 0;
        for (long partial : partials) {
            sum += partial;
        }
        return sum;
    }

    static void sequentialScale(int[] data, int from, int to, int factor) {
        for (int i = from; i < to; i++) {
            data[i] *= factor;
        }
    }

    /**
     * The library's own two paths of {@code sum}, over data it allocates once, for calibration; built only
     * when the cache has no answer.
     */
    CalibrationKernel sumKernel() {
        int[] data = new Random(42).ints(SIZES[SIZES.length - 1]).toArray();
        long[] sink = new long[1];
        return new CalibrationKernel(SUM, n -> sink[0] += sequentialSum(data, 0, n),
                n -> sink[0] += parallelSum(data, n));
    }

    /** The library's own two paths of {@code scale} (x *= 3, wrapping), for calibration. */
    CalibrationKernel scaleKernel() {
        int[] data = new Random(42).ints(SIZES[SIZES.length - 1]).toArray();
        return new CalibrationKernel(SCALE, n -> sequentialScale(data, 0, n, 3),
                n -> pool.run(n, (part, from, to) -> sequentialScale(data, from, to, 3)));
    }

    @Override
    public void close() {
        pool.close();
    }
}

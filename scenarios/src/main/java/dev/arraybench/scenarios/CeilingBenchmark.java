package dev.arraybench.scenarios;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import dev.arraybench.scenarios.ceiling.StreamKernel;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.scenarios.strategy.Chunking;
import dev.arraybench.scenarios.strategy.ForkJoinWorkers;
import dev.arraybench.scenarios.strategy.Threads;
import dev.arraybench.scenarios.strategy.WorkerPool;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's memory bandwidth, STREAM-like: {@link StreamKernel copy, scale and triad} over three native
 * {@code double} arrays, 64-byte aligned, of {@code size} elements each. The default, 64Mi elements
 * (512 MiB per array), is meant to be far larger than the last-level cache; on a machine whose cache is
 * not, pass a larger {@code size}. With one thread the kernel runs on the calling thread; with more, the
 * arrays are split with {@link Chunking} over a {@link ForkJoinWorkers} pool, and each thread first touches
 * the chunk it later streams. GB/s = elements x {@link StreamKernel#bytesPerElement()} / nanoseconds per
 * call ({@link StreamKernel#gbPerSecond}).
 *
 * <p>The arrays are off-heap (3 x 8 x {@code size} bytes), so the fork needs no heap setting; it gets
 * only the Vector API module.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
// ForkFlags.fork(), for plain JMH runs of this jar too.
@Fork(value = 1, jvmArgsAppend = {ForkFlags.VECTOR, ForkFlags.NATIVE, ForkFlags.UNSAFE, ForkFlags.QUIET,
    ForkFlags.APART_SCALAR, ForkFlags.APART_SIMD})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class CeilingBenchmark {

    /** Elements per array: plain, or with a K/M/G (x1000) or Ki/Mi/Gi (x1024) suffix. */
    @Param({"64Mi"})
    public String size;

    /** Threads streaming at once: one, and all. */
    @Param({"1", "2"})
    public String threads;

    private Arena arena;
    private MemorySegment a;
    private MemorySegment b;
    private MemorySegment c;
    private long length;
    private int chunks;
    private WorkerPool pool;

    /**
     * Parses the parameters and allocates and fills the arrays (a = 1, b = 2, c = 0.5), each chunk by the
     * thread that will stream it.
     *
     * @throws IllegalArgumentException naming a parameter that is wrong
     */
    @Setup(Level.Trial)
    public void setUp() {
        length = Sizes.parse(size);
        int count = Threads.parse(threads);
        long bytes;
        try {
            bytes = Math.multiplyExact(length, (long) Double.BYTES);
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("size: '" + size + "' (expected at most "
                    + Long.MAX_VALUE / Double.BYTES + " elements)", tooLarge);
        }
        chunks = Chunking.chunks(length, count);
        pool = count == 1 ? null : ForkJoinWorkers.forThreads(count);
        arena = Arena.ofShared();
        a = arena.allocate(bytes, 64);
        b = arena.allocate(bytes, 64);
        c = arena.allocate(bytes, 64);
        forEachChunk((from, to) -> {
            for (long i = from; i < to; i++) {
                a.setAtIndex(JAVA_DOUBLE, i, 1.0);
                b.setAtIndex(JAVA_DOUBLE, i, 2.0);
                c.setAtIndex(JAVA_DOUBLE, i, 0.5);
            }
        });
    }

    /** {@code c[i] = a[i]}. */
    @Benchmark
    public void copy() {
        forEachChunk((from, to) -> StreamKernel.COPY.run(a, b, c, from, to));
    }

    /** {@code b[i] = q * c[i]}. */
    @Benchmark
    public void scale() {
        forEachChunk((from, to) -> StreamKernel.SCALE.run(a, b, c, from, to));
    }

    /** {@code a[i] = b[i] + q * c[i]}. */
    @Benchmark
    public void triad() {
        forEachChunk((from, to) -> StreamKernel.TRIAD.run(a, b, c, from, to));
    }

    /** Frees the arrays at once. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (arena != null) {
            arena.close();
            arena = null;
        }
    }

    /** The arrays {@code a}, {@code b} and {@code c}, for tests. */
    MemorySegment[] arrays() {
        return new MemorySegment[] {a, b, c};
    }

    private void forEachChunk(Range range) {
        if (pool == null) {
            range.run(0, length);
            return;
        }
        int n = chunks;
        long total = length;
        pool.runAll(n, chunk -> range.run(Chunking.start(chunk, n, total), Chunking.start(chunk + 1, n, total)));
    }

    /** A loop over elements {@code [from, to)}. */
    @FunctionalInterface
    private interface Range {
        void run(long from, long to);
    }
}

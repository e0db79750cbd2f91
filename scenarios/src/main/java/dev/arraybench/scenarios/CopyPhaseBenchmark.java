package dev.arraybench.scenarios;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.strategy.CopyOut;
import dev.arraybench.scenarios.strategy.Plan;
import dev.arraybench.scenarios.strategy.Strategy;
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
 * {@code copy-parallel} taken apart: each phase of one call, timed on its own, for the same
 * {@code op x dtype x layout x pool x threads x size} as {@link KernelBenchmark} (whose parameter names and
 * defaults these are; the strategy is {@code copy-parallel}; only {@link #process} uses the pool). The
 * phases add up to about one {@code copy-parallel} call:
 * <ul>
 *   <li>{@link #allocate}: fresh zeroed heap arrays, one per input ({@link CopyOut#allocate});</li>
 *   <li>{@link #copyOut}: the inputs copied into heap arrays allocated once in set-up;</li>
 *   <li>{@link #process}: the op on those heap copies with the parallel scalar schedule
 *       ({@code zero-copy-parallel} run on the copy), checked against the reference before timing and kept
 *       steady as {@link KernelBenchmark} keeps its data (see {@link Steady});</li>
 *   <li>{@link #copyBack}: the processed {@code x} copied back over the source. A {@code copy-parallel}
 *       call does this only after an op that writes, so the runner does not run this method for
 *       reductions; the method itself always copies.</li>
 * </ul>
 *
 * <p>Memory per fork: {@code x} (and {@code y}) in the chosen layout, their heap copies, one more heap copy
 * of {@code x} during the check, and for
 * {@link #allocate} fresh heap arrays on every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
// ForkFlags.fork(), for plain JMH runs of this jar too.
@Fork(value = 1, jvmArgsAppend = {ForkFlags.VECTOR, ForkFlags.NATIVE, ForkFlags.UNSAFE, ForkFlags.QUIET,
    ForkFlags.APART_SCALAR, ForkFlags.APART_SIMD})
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class CopyPhaseBenchmark {

    /** The op's name, as {@link KernelBenchmark#op} takes it. */
    @Param({"scale"})
    public String op;

    /** The element type's label. */
    @Param({"int32", "int64", "float32", "float64"})
    public String dtype;

    /** Where the source arrays live; the copies are always on the heap. */
    @Param({"native", "heap"})
    public String layout;

    /** The pool of the processing phase ({@code forkjoin}, as {@code copy-parallel} has, or {@code spin}). */
    @Param({"forkjoin"})
    public String pool;

    /** Threads of the processing phase. */
    @Param({"2"})
    public String threads;

    /** Elements per array: plain, or with a K/M/G (x1000) or Ki/Mi/Gi (x1024) suffix. */
    @Param({"1M"})
    public String size;

    private ArrayData x;
    private ArrayData y;
    private ArrayData xCopy;
    private ArrayData yCopy;
    private Operands source;
    private Operands copy;
    private Plan forward;
    private Plan backward;
    private boolean odd;

    /**
     * Parses the parameters, fills the source arrays and their heap copies, and checks the processing plans
     * on the copies.
     *
     * @throws IllegalArgumentException naming a parameter that is wrong
     */
    @Setup(Level.Trial)
    public void setUp() {
        Trial trial = Trial.parse(op, dtype, layout, pool, threads, size);
        Steady plans = trial.plans(Strategy.ZERO_COPY_PARALLEL);
        forward = plans.forward();
        backward = plans.backward();
        try {
            x = trial.x();
            y = trial.y();
            source = forward.operands(x, y);
            xCopy = ArrayData.allocate(trial.type(), Layout.HEAP, trial.length());
            yCopy = y == null ? null : ArrayData.allocate(trial.type(), Layout.HEAP, trial.length());
            copy = forward.operands(xCopy, yCopy);
            CopyOut.copyOut(source, copy);
            plans.verify(xCopy, yCopy);
            CopyOut.copyOut(source, copy);
            odd = false;
        } catch (RuntimeException | Error failure) {
            tearDown();
            throw failure;
        }
    }

    /** Phase 1: fresh zeroed heap arrays shaped like the inputs, returned so they are really made. */
    @Benchmark
    public Operands allocate() {
        return CopyOut.allocate(source);
    }

    /** Phase 2: the inputs copied into the heap copies. */
    @Benchmark
    public void copyOut() {
        CopyOut.copyOut(source, copy);
    }

    /** Phase 3: the op on the heap copies, in parallel; the result of a reduction, else {@code null}. */
    @Benchmark
    public Number process() {
        boolean back = odd;
        odd = !back;
        return back ? backward.execute(copy) : forward.execute(copy);
    }

    /** Phase 4: the heap copy of {@code x} copied back over the source (only ops that write need it). */
    @Benchmark
    public void copyBack() {
        CopyOut.copyBack(copy, source);
    }

    /** Frees the arrays (native memory at once). */
    @TearDown(Level.Trial)
    public void tearDown() {
        for (ArrayData data : new ArrayData[] {yCopy, xCopy, y, x}) {
            if (data != null) {
                data.close();
            }
        }
    }

    /** The heap copy the processing phase works on, for tests. */
    ArrayData xCopy() {
        return xCopy;
    }
}

package dev.arraybench.scenarios;

import dev.arraybench.scenarios.check.KernelCheck;
import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Ops;
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
 * The main matrix: one call of one op with one strategy over one array, {@code op x dtype x layout x
 * strategy x pool x threads x size}. The runner narrows every {@code @Param} by name to one value per JMH run.
 *
 * <p>Before anything is timed, the trial's plan runs once on the trial's own data and is checked against
 * the plain reference ({@link KernelCheck}); a wrong answer fails the run. Then {@code x} is refilled from
 * its seed. {@code copy-parallel} allocates its fresh arrays inside every call, as it is meant to.
 *
 * <p>Steady data: in-place ops rewrite {@code x} on every call, millions of times, so odd calls run the
 * op's {@linkplain Op#backward backward} op: for float {@code scale} {@code x *= 1/3} after
 * {@code x *= 3}, for float {@code add} {@code x -= y} after {@code x += y}; every other op repeats itself
 * (see {@link Steady}). Both calls of a pair cost the same, and the switch is one boolean flip, so every
 * case pays it.
 *
 * <p>Memory per fork: {@code x}, plus {@code y} for two-input ops, in the chosen layout; one more copy of
 * {@code x} during the check; and for {@code copy-parallel}, fresh heap copies of {@code x} (and {@code y})
 * on every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
// ForkFlags.fork(), for plain JMH runs of this jar too.
@Fork(value = 1, jvmArgsAppend = {ForkFlags.VECTOR, ForkFlags.NATIVE, ForkFlags.UNSAFE, ForkFlags.QUIET,
    ForkFlags.APART_SCALAR, ForkFlags.APART_SIMD})
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class KernelBenchmark {

    /**
     * The op's name: any op on the class path ({@link Ops#onClassPath}), built-in or a user's. The runner
     * passes one per JMH run; a plain JMH run of this jar measures {@code scale} unless given
     * {@code -p op=...}.
     */
    @Param({"scale"})
    public String op;

    /** The element type's label. */
    @Param({"int32", "int64", "float32", "float64"})
    public String dtype;

    /** Where the arrays live. */
    @Param({"native", "heap"})
    public String layout;

    /** The strategy's label. */
    @Param({"sequential", "plain", "copy-parallel", "zero-copy-parallel", "simd", "simd-parallel"})
    public String strategy;

    /**
     * The pool of the parallel strategies, {@code forkjoin} or {@code spin}; sequential strategies check it and
     * ignore it (the runner gives them {@code forkjoin}).
     */
    @Param({"forkjoin"})
    public String pool;

    /** Threads of the parallel strategies (sequential ones check it and ignore it). */
    @Param({"2"})
    public String threads;

    /** Elements per array: plain, or with a K/M/G (x1000) or Ki/Mi/Gi (x1024) suffix. */
    @Param({"1M"})
    public String size;

    private Plan forward;
    private Plan backward;
    private ArrayData x;
    private ArrayData y;
    private boolean odd;

    /**
     * Parses the parameters, fills the arrays, checks both plans on them, then refills {@code x}.
     *
     * @throws IllegalArgumentException naming a parameter that is wrong
     */
    @Setup(Level.Trial)
    public void setUp() {
        Trial trial = Trial.parse(op, dtype, layout, pool, threads, size);
        Steady plans = trial.plans(Strategy.parse(strategy));
        forward = plans.forward();
        backward = plans.backward();
        try {
            x = trial.x();
            y = trial.y();
            plans.verify(x, y);
            DataGenerator.fill(x, Trial.X_SEED);
            odd = false;
        } catch (RuntimeException | Error failure) {
            tearDown();
            throw failure;
        }
    }

    /** One call: the plan's result, or {@code null} after an in-place op. */
    @Benchmark
    public Number run() {
        boolean back = odd;
        odd = !back;
        return back ? backward.run(x, y) : forward.run(x, y);
    }

    /** Frees the arrays (native memory at once). */
    @TearDown(Level.Trial)
    public void tearDown() {
        close(y);
        close(x);
    }

    /** The array the benchmark works on, for tests. */
    ArrayData x() {
        return x;
    }

    private static void close(ArrayData data) {
        if (data != null) {
            data.close();
        }
    }
}

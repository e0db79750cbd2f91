package dev.arraybench.thresholds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Calibration on first use, for a machine no thresholds file knows (as FFTW's wisdom and cuDNN's benchmark
 * mode do): times a library's own sequential and parallel paths against each other at a few sizes and finds
 * the size from which parallel wins, within a bounded time, by default {@value #DEFAULT_BUDGET_MILLIS} ms
 * (warm-up included; it may run over by one warm-up pass or one sample, and by the first call of each path
 * when that alone is longer than the budget).
 *
 * <p>In-process timing is fragile, and this is how it guards. <b>JIT:</b> it first runs both paths many times
 * at the smallest size (an eighth of the budget), then at every size, pass after pass (not counted in the
 * answer), for at least a quarter of the budget and then until the JIT compiled for at most a tenth of the
 * last 10 ms or more (its compilation time, read from the JVM), or until half the budget is spent; a timed
 * round during which the JIT compiled for more than a tenth of its time is dropped, as its code (and on two
 * cores, the core the compiler took) was not the code and the machine a later call meets. The JVM counts a
 * compilation when it ends and for every thread, so a long one still running looks idle, and another
 * thread's compiling drops rounds too. <b>Other load and drift:</b> sizes and paths are timed interleaved
 * (each round visits every size, in a rotating order, alternating which path goes first), each sample a
 * batch of calls long enough for the clock, and the crossing is read from medians, as the threshold that
 * costs least to follow over the sizes measured. <b>Back-to-back calls:</b> each batch of four calls or more
 * starts with an untimed one, so that a pool whose workers went to sleep while the other path ran is awake
 * again when timing starts; the times are those of calls that follow one another, as a benchmark's are (a
 * library that calls only now and then pays the wake-up on top). <b>Reproducibility:</b> from four rounds on
 * it compares the crossing of the odd rounds with that of the even rounds and stops as soon as they agree:
 * within x1.5, or each costing at most 10% at any size when followed on the other half's times (near a flat
 * crossing, far-apart answers cost little); two "never"s agree only when staying sequential costs at most 10%
 * on both halves' times, and a "never" stands only when no round was dropped for the JIT (it would be cached,
 * and cold code makes parallel lose everywhere). When they still disagree at the end of the budget it gives
 * up and says so ({@link Crossing#stable()} false), and a caller then stays sequential or keeps the nearest
 * class of its thresholds file. What it cannot guard against: a machine busier during calibration than later
 * (or the reverse), and sizes past the largest measured.
 * {@link CalibrationCache} keeps the answer per machine so later starts take no time at all.
 */
public final class Calibration {

    /** The default budget in milliseconds. */
    public static final long DEFAULT_BUDGET_MILLIS = 200;

    /** The default budget. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(DEFAULT_BUDGET_MILLIS);

    /** Rounds measured before the halves are compared. */
    static final int MIN_ROUNDS = 4;

    /** Rounds the budget is planned for; fewer when a call is slow, more when the halves disagree. */
    private static final int PLANNED_ROUNDS = 10;

    /** At least this share of the budget warms the paths up (the JIT queues its work before it shows). */
    private static final double MIN_WARM_UP_SHARE = 0.25;

    /** At most this share of the budget warms the paths up; the rest is for the timed rounds. */
    private static final double MAX_WARM_UP_SHARE = 0.5;

    /** Warm-up passes the budget is planned for: a batch of each is shorter than a round's. */
    private static final int WARM_UP_PASSES = 40;

    /** How long the JIT must have been idle for the warm-up to end, in nanoseconds. */
    private static final long SETTLE_WINDOW_NANOS = 10_000_000;

    /**
     * Batches of at least this many calls start with an untimed one; in shorter batches each call is long
     * enough that waking a pool's workers is a small part of it, and an extra call would cost a round.
     */
    private static final int PRIMED_REPS = 4;

    /** The JIT's share of a core above which it counts as busy: a round it was busy in is dropped. */
    private static final double MAX_COMPILER_SHARE = 0.10;

    private final LongSupplier clock;
    private final LongSupplier compiler;

    /**
     * A calibration that reads time from {@code clock} (nanoseconds; {@link System#nanoTime} outside tests)
     * and the JIT's work from {@code compiler} (a count that grows while it compiles; see
     * {@link CompilerActivity}).
     */
    Calibration(LongSupplier clock, LongSupplier compiler) {
        this.clock = clock;
        this.compiler = compiler;
    }

    /** {@link #measure(CalibrationKernel, int[], Duration)} within {@link #DEFAULT_BUDGET}. */
    public static Crossing measure(CalibrationKernel kernel, int[] sizes) {
        return measure(kernel, sizes, DEFAULT_BUDGET);
    }

    /**
     * Finds from which of {@code sizes} (at least two, ascending, such as 1K, 4K, 16K, 64K, 256K, 1M) the
     * kernel's parallel path beats its sequential path, spending about {@code budget}. Exceptions of the
     * kernel's own paths pass through.
     */
    public static Crossing measure(CalibrationKernel kernel, int[] sizes, Duration budget) {
        return new Calibration(System::nanoTime, CompilerActivity.ofThisJvm()).run(kernel, sizes, budget);
    }

    /**
     * The crossing {@code cache} holds for the kernel on this machine, else measured now within
     * {@code budget} and stored there when stable. Never throws for a bad cache file (it is measured anew).
     */
    public static Crossing cached(CalibrationCache cache, CalibrationKernel kernel, int[] sizes, Duration budget) {
        return cached(cache, kernel.name(), () -> kernel, sizes, budget);
    }

    /**
     * As {@link #cached(CalibrationCache, CalibrationKernel, int[], Duration)}, building the kernel named
     * {@code name} (its data, its pool) only when the cache has no answer, so a start that reads the cache
     * does not pay for them.
     *
     * @throws IllegalArgumentException when the kernel built is not named {@code name}
     */
    public static Crossing cached(CalibrationCache cache, String name, Supplier<CalibrationKernel> kernel,
            int[] sizes, Duration budget) {
        return cache.load(name).orElseGet(() -> {
            CalibrationKernel built = kernel.get();
            if (!built.name().equals(name)) {
                throw new IllegalArgumentException("kernel: built '" + built.name() + "' for '" + name + "'");
            }
            Crossing measured = measure(built, sizes, budget);
            if (measured.stable()) {
                cache.store(measured);
            }
            return measured;
        });
    }

    Crossing run(CalibrationKernel kernel, int[] sizes, Duration budget) {
        checkSizes(sizes);
        long start = clock.getAsLong();
        long deadline = start + budget.toNanos();
        double[][] perCall = warmUp(kernel, sizes, budget.toNanos() / (double) (WARM_UP_PASSES * 2 * sizes.length),
                start + (long) (budget.toNanos() * MIN_WARM_UP_SHARE),
                start + (long) (budget.toNanos() * MAX_WARM_UP_SHARE));
        double sampleNanos = (deadline - clock.getAsLong()) / (double) (PLANNED_ROUNDS * 2 * sizes.length);
        int[][] reps = new int[2][sizes.length];
        for (int path = 0; path < 2; path++) {
            for (int i = 0; i < sizes.length; i++) {
                reps[path][i] = reps(sampleNanos, perCall[path][i]);
            }
        }
        List<double[][]> rounds = new ArrayList<>();
        int compiling = 0;
        while (rounds.size() < MIN_ROUNDS || !RoundHalves.of(sizes, rounds).agree()) {
            long startedAt = clock.getAsLong();
            long compiledBefore = compiler.getAsLong();
            double[][] round = round(kernel, sizes, reps, perCall, rounds.size() + compiling, deadline);
            if (round == null) {
                break;
            }
            if (compilerBusy(compiler.getAsLong() - compiledBefore, clock.getAsLong() - startedAt)) {
                compiling++;
            } else {
                rounds.add(round);
            }
        }
        return CalibrationAnswer.of(kernel.name(), sizes, rounds, compiling, clock.getAsLong() - start);
    }

    /**
     * Warms both paths up, untimed as answers: first both in turn at the smallest size, for half the time to
     * {@code from} (cheap calls, many of them, so the JIT compiles what every call runs); then at every size,
     * pass after pass, a first pass of single calls (always, however late), then batches of about
     * {@code sampleNanos}, each after an untimed call; at least until {@code from}, then until the JIT was not
     * {@linkplain #compilerBusy busy} over a window of passes at least {@link #SETTLE_WINDOW_NANOS} long, at
     * most until {@code until}. Returns the last pass's times per call.
     */
    private double[][] warmUp(CalibrationKernel kernel, int[] sizes, double sampleNanos, long from, long until) {
        double[][] perCall = new double[2][sizes.length];
        long windowStart = clock.getAsLong();
        long windowCompiled = compiler.getAsLong();
        boolean settled = false;
        long calls = clock.getAsLong() + (from - clock.getAsLong()) / 2;
        while (clock.getAsLong() < calls) {
            kernel.sequential().accept(sizes[0]);
            kernel.parallel().accept(sizes[0]);
        }
        for (int pass = 0; pass == 0 || !(settled && clock.getAsLong() >= from) && clock.getAsLong() < until;
                pass++) {
            for (int i = 0; i < sizes.length; i++) {
                for (int path = 0; path < 2; path++) {
                    IntConsumer run = path == 0 ? kernel.sequential() : kernel.parallel();
                    run.accept(sizes[i]);
                    perCall[path][i] = time(run, sizes[i], pass == 0 ? 1 : reps(sampleNanos, perCall[path][i]));
                }
            }
            long window = clock.getAsLong() - windowStart;
            if (window >= SETTLE_WINDOW_NANOS) {
                settled = !compilerBusy(compiler.getAsLong() - windowCompiled, window);
                windowStart = clock.getAsLong();
                windowCompiled = compiler.getAsLong();
            }
        }
        return perCall;
    }

    /**
     * Calls of {@code perCallNanos} in a batch of about {@code sampleNanos}: 1 to 1,000,000; 1 when a call
     * read no time at all (a clock too coarse for it), so that an unknown cost never makes a long batch.
     */
    private static int reps(double sampleNanos, double perCallNanos) {
        if (perCallNanos <= 0) {
            return 1;
        }
        return (int) Math.max(1, Math.min(1_000_000, sampleNanos / perCallNanos));
    }

    /**
     * Whether the JIT compiled for more than {@link #MAX_COMPILER_SHARE} of {@code nanos}: its threads then
     * took a noticeable share of a core, and the code timed may have changed under the clock.
     */
    private static boolean compilerBusy(long compiledMillis, long nanos) {
        return compiledMillis * 1e6 > MAX_COMPILER_SHARE * nanos;
    }

    /** One interleaved round: per size and path the time per call; {@code null} when the budget ends first. */
    private double[][] round(CalibrationKernel kernel, int[] sizes, int[][] reps, double[][] perCall, int index,
            long deadline) {
        double[][] times = new double[2][sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            int i = (k + index) % sizes.length;
            for (int turn = 0; turn < 2; turn++) {
                int path = (turn + index + i) % 2;
                if (clock.getAsLong() + (reps[path][i] + 1) * perCall[path][i] > deadline) {
                    return null;
                }
                IntConsumer run = path == 0 ? kernel.sequential() : kernel.parallel();
                if (reps[path][i] >= PRIMED_REPS) {
                    run.accept(sizes[i]);
                }
                times[path][i] = time(run, sizes[i], reps[path][i]);
                perCall[path][i] = times[path][i];
            }
        }
        return times;
    }

    private double time(IntConsumer path, int size, int reps) {
        long before = clock.getAsLong();
        for (int r = 0; r < reps; r++) {
            path.accept(size);
        }
        return (clock.getAsLong() - before) / (double) reps;
    }

    private static void checkSizes(int[] sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes: " + Arrays.toString(sizes) + " (expected at least two)");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1 || i > 0 && sizes[i] <= sizes[i - 1]) {
                throw new IllegalArgumentException("sizes: " + Arrays.toString(sizes)
                        + " (expected positive and ascending)");
            }
        }
    }
}

package dev.arraybench.thresholds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Calibration on first use, for a machine no thresholds file knows (as FFTW's wisdom and cuDNN's benchmark
 * mode do): times a library's own sequential and parallel paths against each other at a few sizes and finds
 * the size from which parallel wins, within a bounded time, by default {@value #DEFAULT_BUDGET_MILLIS} ms
 * (warm-up included; it may run over by at most one sample).
 *
 * <p>In-process timing is fragile, and this is how it guards. <b>JIT:</b> the first quarter of the budget
 * runs both paths at every size, untimed, so they are compiled before they are timed. <b>Other load and
 * drift:</b> sizes and paths are timed interleaved (each round visits every size, in a rotating order,
 * alternating which path goes first), each sample a batch of calls long enough for the clock, and the
 * crossing is read from medians, as the threshold that costs least to follow over the sizes measured.
 * <b>Reproducibility:</b> from four rounds on it compares the crossing of the odd rounds with that of the
 * even rounds and stops as soon as they agree: within x1.5, or each costing at most 10% at any size when
 * followed on the other half's times (near a flat crossing, far-apart answers cost little). When they still
 * disagree at the end of the budget it gives up and says so ({@link Crossing#stable()} false), and a caller
 * then stays sequential or keeps the nearest class of its thresholds file. What it cannot guard against: a
 * machine busier during calibration than later (or the reverse), and sizes past the largest measured.
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

    /** How far apart (as a factor) the halves' crossings may be and still count as agreeing. */
    static final double AGREEMENT = 1.5;

    /**
     * Or how much following one half's crossing may cost at any size, judged on the other half's profile,
     * for the halves to count as agreeing.
     */
    static final double AGREEMENT_REGRET = 0.10;

    private final LongSupplier clock;

    /** A calibration that reads time from {@code clock} (nanoseconds; {@link System#nanoTime} outside tests). */
    Calibration(LongSupplier clock) {
        this.clock = clock;
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
        return new Calibration(System::nanoTime).run(kernel, sizes, budget);
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
        double[][] perCall = new double[2][sizes.length];
        do {
            for (int i = 0; i < sizes.length; i++) {
                perCall[0][i] = time(kernel.sequential(), sizes[i], 1);
                perCall[1][i] = time(kernel.parallel(), sizes[i], 1);
            }
        } while (clock.getAsLong() - start < budget.toNanos() / 4);
        double sampleNanos = (deadline - clock.getAsLong()) / (double) (PLANNED_ROUNDS * 2 * sizes.length);
        int[][] reps = new int[2][sizes.length];
        for (int path = 0; path < 2; path++) {
            for (int i = 0; i < sizes.length; i++) {
                reps[path][i] = (int) Math.max(1, Math.min(1_000_000, sampleNanos / Math.max(1, perCall[path][i])));
            }
        }
        List<double[][]> rounds = new ArrayList<>();
        while (rounds.size() < MIN_ROUNDS || !Halves.of(sizes, rounds).agree()) {
            double[][] round = round(kernel, sizes, reps, perCall, rounds.size(), deadline);
            if (round == null) {
                break;
            }
            rounds.add(round);
        }
        return answer(kernel.name(), sizes, rounds, clock.getAsLong() - start);
    }

    /** One interleaved round: per size and path the time per call; {@code null} when the budget ends first. */
    private double[][] round(CalibrationKernel kernel, int[] sizes, int[][] reps, double[][] perCall, int index,
            long deadline) {
        double[][] times = new double[2][sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            int i = (k + index) % sizes.length;
            for (int turn = 0; turn < 2; turn++) {
                int path = (turn + index + i) % 2;
                if (clock.getAsLong() + reps[path][i] * perCall[path][i] > deadline) {
                    return null;
                }
                IntConsumer run = path == 0 ? kernel.sequential() : kernel.parallel();
                times[path][i] = time(run, sizes[i], reps[path][i]);
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

    /**
     * The answer of the rounds measured ({@code [path][size]} times per call, path 0 sequential): the crossing
     * of all of them, stable when there are at least {@link #MIN_ROUNDS} and the odd and even rounds agree.
     */
    static Crossing answer(String name, int[] sizes, List<double[][]> rounds, long elapsed) {
        String spent = String.format(Locale.ROOT, "%d rounds in %.1f ms", rounds.size(), elapsed / 1e6);
        if (rounds.size() < MIN_ROUNDS) {
            return new Crossing(name, Long.MAX_VALUE, false, rounds.size(), elapsed, "calibration of " + name
                    + " gave up: " + spent + ", too few to trust (the budget is too small for these sizes);"
                    + " staying sequential");
        }
        long all = CrossingEstimate.of(sizes, CrossingEstimate.speedups(rounds, 0, 1));
        Halves halves = Halves.of(sizes, rounds);
        if (!halves.agree()) {
            return new Crossing(name, all, false, rounds.size(), elapsed, "calibration of " + name + " gave up: "
                    + spent + ", the odd and even rounds still disagree (" + phrase(halves.odd()) + " against "
                    + phrase(halves.even()) + ", " + percent(halves.crossRegret())
                    + " slower at worst by one half's answer on the other's times; other load, or code still being"
                    + " compiled?); staying sequential");
        }
        return new Crossing(name, all, true, rounds.size(), elapsed, "calibration of " + name + ": parallel "
                + (all == Long.MAX_VALUE ? "never" : "from " + phrase(all) + " elements") + " (" + spent
                + "; odd and even rounds agree: " + phrase(halves.odd()) + ", " + phrase(halves.even()) + ", "
                + percent(halves.crossRegret()) + " slower at worst by one's answer on the other's times)");
    }

    private static String percent(double regret) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * regret);
    }

    private static String phrase(long crossing) {
        return crossing == Long.MAX_VALUE ? "never" : String.format(Locale.ROOT, "%,d", crossing);
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

    /**
     * The crossings of the odd and of the even rounds, with their speedup profiles, and whether they agree:
     * within {@link #AGREEMENT} of each other, or each costing at most {@link #AGREEMENT_REGRET} at every
     * size when judged on the other half's profile (near a flat crossing, far-apart answers cost little).
     */
    private record Halves(long odd, long even, int[] sizes, double[] oddSpeedups, double[] evenSpeedups) {

        static Halves of(int[] sizes, List<double[][]> rounds) {
            double[] odd = CrossingEstimate.speedups(rounds, 1, 2);
            double[] even = CrossingEstimate.speedups(rounds, 0, 2);
            return new Halves(CrossingEstimate.of(sizes, odd), CrossingEstimate.of(sizes, even), sizes, odd, even);
        }

        boolean agree() {
            return close() || crossRegret() <= AGREEMENT_REGRET;
        }

        /** The larger regret of following one half's crossing on the other half's profile. */
        double crossRegret() {
            return Math.max(CrossingEstimate.maxRegret(sizes, evenSpeedups, odd),
                    CrossingEstimate.maxRegret(sizes, oddSpeedups, even));
        }

        private boolean close() {
            if (odd == Long.MAX_VALUE || even == Long.MAX_VALUE) {
                return odd == even;
            }
            return Math.max(odd, even) <= AGREEMENT * Math.min(odd, even);
        }
    }
}

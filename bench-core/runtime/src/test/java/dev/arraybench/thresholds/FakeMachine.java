package dev.arraybench.thresholds;

import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A simulated machine for calibration tests: a clock that only moves when a fake kernel runs, each path
 * costing a fixed time per call plus a time per element, with seeded noise and an optional slow start (code
 * not yet compiled, during which the simulated JIT counts compilation work). No real time is measured.
 */
final class FakeMachine {

    private final Random random;
    private final double noise;
    private long now;
    private int calls;
    private long compiled;
    private long compilingUntil;
    private double spellSigma;
    private long spellNanos = Long.MAX_VALUE;
    private long spellEnds;
    private double spellFactor = 1;

    FakeMachine(long seed, double noise) {
        this.random = new Random(seed);
        this.noise = noise;
    }

    long nanoTime() {
        return now;
    }

    int calls() {
        return calls;
    }

    /**
     * The simulated JIT's compilation work so far: grows when a path's slow start ends (its code compiled)
     * and on every call while {@link #compilingFor}.
     */
    long compiled() {
        return compiled;
    }

    /** Moves the clock on by {@code nanos}, as a path that took longer would. */
    void advance(long nanos) {
        now += nanos;
    }

    /** Makes the simulated JIT compile (something else) on every call until this clock reaches {@code nanos}. */
    FakeMachine compilingFor(long nanos) {
        this.compilingUntil = nanos;
        return this;
    }

    /**
     * Makes every path of {@link #loaded} drift: for spells of {@code nanos} of this clock it runs a log-normal
     * factor (log standard deviation {@code sigma}) slower or faster, as a parallel path does while another
     * process comes and goes on its cores.
     */
    FakeMachine drifting(double sigma, long nanos) {
        this.spellSigma = sigma;
        this.spellNanos = nanos;
        this.spellEnds = nanos;
        return this;
    }

    /** As {@link #path} without a slow start, and subject to the machine's drift. */
    IntConsumer loaded(double fixedNanos, double perElementNanos) {
        IntConsumer steady = path(fixedNanos, perElementNanos, 0, 1);
        return size -> {
            long before = now;
            steady.accept(size);
            if (now >= spellEnds) {
                spellEnds = now + spellNanos;
                spellFactor = Math.exp(spellSigma * random.nextGaussian());
            }
            now = before + Math.round((now - before) * spellFactor);
        };
    }

    /**
     * A path costing {@code fixedNanos + perElementNanos * size} per call, {@code slowStart} times slower for
     * its first {@code slowCalls} calls.
     */
    IntConsumer path(double fixedNanos, double perElementNanos, int slowCalls, double slowStart) {
        int[] made = {0};
        return size -> {
            double cost = fixedNanos + perElementNanos * size;
            if (made[0] < slowCalls) {
                cost *= slowStart;
            } else if (made[0] == slowCalls && slowCalls > 0) {
                compiled++;
            }
            made[0]++;
            if (now < compilingUntil) {
                compiled++;
            }
            now += Math.max(1, Math.round(cost * (1 + noise * random.nextGaussian())));
            calls++;
        };
    }
}

package dev.arraybench.thresholds;

import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A simulated machine for calibration tests: a clock that only moves when a fake kernel runs, each path
 * costing a fixed time per call plus a time per element, with seeded noise and an optional slow start (code
 * not yet compiled). No real time is measured.
 */
final class FakeMachine {

    private final Random random;
    private final double noise;
    private long now;
    private int calls;

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
     * A path costing {@code fixedNanos + perElementNanos * size} per call, {@code slowStart} times slower for
     * its first {@code slowCalls} calls.
     */
    IntConsumer path(double fixedNanos, double perElementNanos, int slowCalls, double slowStart) {
        int[] made = {0};
        return size -> {
            double cost = fixedNanos + perElementNanos * size;
            if (made[0]++ < slowCalls) {
                cost *= slowStart;
            }
            now += Math.max(1, Math.round(cost * (1 + noise * random.nextGaussian())));
            calls++;
        };
    }
}

package dev.arraybench.scenarios.strategy;

import java.util.concurrent.locks.LockSupport;

/**
 * One worker's job slot in {@link SpinWorkers}: the caller posts a batch number, the worker spins on the slot
 * for a while and then parks until it sees a newer one. Both sides write their own volatile field and then
 * read the other's (the worker: {@code parked}, then {@code posted}; the caller: {@code posted}, then
 * {@code parked}), so either the worker sees the post or the caller sees the parked worker and unparks it:
 * no wake-up is lost. Kept apart from the pool so a concurrency test can drive both sides from its own
 * threads.
 */
final class JobSlot {

    /** Spins between two looks at the clock. */
    static final int SPINS_PER_CHECK = 64;

    private volatile long posted;
    private volatile Thread parked;

    /** Hands batch {@code batch} to the worker, waking it if it has parked. Called by the caller. */
    void post(long batch) {
        posted = batch;
        Thread sleeper = parked;
        if (sleeper != null) {
            LockSupport.unpark(sleeper);
        }
    }

    /**
     * Waits, spinning for {@code spinNanos} and then parked, until a batch other than {@code seen} is posted;
     * returns it. Called by the worker, one thread at a time.
     */
    long await(long seen, long spinNanos) {
        long start = System.nanoTime();
        for (int spins = 1; ; spins++) {
            long next = posted;
            if (next != seen) {
                return next;
            }
            if (spins % SPINS_PER_CHECK == 0 && System.nanoTime() - start > spinNanos) {
                break;
            }
            Thread.onSpinWait();
        }
        parked = Thread.currentThread();
        while (posted == seen) {
            LockSupport.park(this);
        }
        parked = null;
        return posted;
    }
}

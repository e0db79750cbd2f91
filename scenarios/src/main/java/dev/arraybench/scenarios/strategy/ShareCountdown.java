package dev.arraybench.scenarios.strategy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The caller's side of a {@link SpinWorkers} batch: a countdown of the workers' shares the caller spins on
 * and then parks on, and the last worker to finish unparks it. The caller writes {@code waiting} and then
 * reads the count; a worker lowers the count and then reads {@code waiting}: either the caller sees zero or
 * the last worker sees the parked caller. Everything a worker wrote before it finished its share is visible
 * to the caller once {@link #await} returns.
 */
final class ShareCountdown {

    private final AtomicInteger pending = new AtomicInteger();
    private volatile Thread waiting;

    /** Starts a batch of {@code shares} worker shares. Called by the caller before it posts them. */
    void arm(int shares) {
        pending.set(shares);
    }

    /** One share is done; the last one wakes the caller if it has parked. Called by each worker. */
    void finishShare() {
        if (pending.decrementAndGet() == 0) {
            Thread caller = waiting;
            if (caller != null) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Waits, spinning for {@code spinNanos} and then parked, until every share is done. Called by the caller. */
    void await(long spinNanos) {
        long start = System.nanoTime();
        for (int spins = 1; pending.get() != 0; spins++) {
            if (spins % JobSlot.SPINS_PER_CHECK == 0 && System.nanoTime() - start > spinNanos) {
                waiting = Thread.currentThread();
                while (pending.get() != 0) {
                    LockSupport.park(this);
                }
                waiting = null;
                return;
            }
            Thread.onSpinWait();
        }
    }
}

package example.consumer;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A small pool like arraybench's {@code spin} pool: persistent workers that spin briefly for the next task
 * before they park, and a caller that takes a share of the work itself. Waking a spinning worker costs
 * nanoseconds; waking a parked one, tens of microseconds, which is what moves a break-even.
 */
final class SpinPool implements AutoCloseable {

    /** One share of a task: the part's index and the range {@code [from, to)}. */
    interface Part {
        void run(int part, int from, int to);
    }

    private static final long SPIN_NANOS = 200_000;

    private final Thread[] workers;
    private final AtomicIntegerArray parked;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile long generation;
    private volatile boolean closed;
    private Part task;
    private int size;

    SpinPool(int threads) {
        workers = new Thread[threads - 1];
        parked = new AtomicIntegerArray(threads - 1);
        for (int w = 0; w < workers.length; w++) {
            int index = w;
            workers[w] = new Thread(() -> work(index), "spin-pool-" + (w + 1));
            workers[w].setDaemon(true);
            workers[w].start();
        }
    }

    /** The number of parts a task is split into: the workers and the caller. */
    int parts() {
        return workers.length + 1;
    }

    /** Runs {@code part} over {@code [0, n)} split into {@link #parts()} ranges; returns when all are done. */
    void run(int n, Part part) {
        task = part;
        size = n;
        pending.set(workers.length);
        generation++;
        for (int w = 0; w < workers.length; w++) {
            if (parked.get(w) == 1) {
                LockSupport.unpark(workers[w]);
            }
        }
        runPart(0);
        while (pending.get() > 0) {
            Thread.onSpinWait();
        }
    }

    private void runPart(int index) {
        int parts = parts();
        long from = (long) size * index / parts;
        long to = (long) size * (index + 1) / parts;
        task.run(index, (int) from, (int) to);
    }

    private void work(int index) {
        long seen = 0;
        while (!closed) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (generation == seen && !closed) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    parked.set(index, 1);
                    if (generation == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked.set(index, 0);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            runPart(index + 1);
            pending.decrementAndGet();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
    }
}

package dev.arraybench.scenarios.strategy;

import java.util.function.IntConsumer;

/**
 * A fixed set of threads that runs a batch of indexed tasks and returns when all have finished. Parallel
 * schedules use it for dispatch only, so a different hand-off (a work-stealing pool, spinning workers) can
 * be measured with the very same kernels.
 */
public interface WorkerPool {

    /** How many threads run tasks. */
    int threads();

    /**
     * Runs {@code task} for every index in {@code [0, tasks)} and returns when all are done; the first
     * exception a task throws is rethrown here.
     */
    void runAll(int tasks, IntConsumer task);
}

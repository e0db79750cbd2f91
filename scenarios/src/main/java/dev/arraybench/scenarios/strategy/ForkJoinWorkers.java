package dev.arraybench.scenarios.strategy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A dedicated {@link ForkJoinPool} per thread count (never the common pool, which other code shares). The
 * calling thread hands the batch to the pool and waits; inside, one task forks the others and runs the first
 * itself. Pools are created once per count and live as long as the JVM, on daemon threads.
 */
public final class ForkJoinWorkers implements WorkerPool {

    private static final Map<Integer, ForkJoinWorkers> POOLS = new ConcurrentHashMap<>();

    private final ForkJoinPool pool;
    private final int threads;

    private ForkJoinWorkers(int threads) {
        this.threads = threads;
        AtomicInteger created = new AtomicInteger();
        this.pool = new ForkJoinPool(threads, pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("arraybench-fj" + threads + "-" + created.getAndIncrement());
            return thread;
        }, null, false);
    }

    /**
     * The pool for {@code threads} threads.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, }{@link Threads#max()}{@code ]}
     */
    public static ForkJoinWorkers forThreads(int threads) {
        Threads.check(threads);
        return POOLS.computeIfAbsent(threads, ForkJoinWorkers::new);
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void runAll(int tasks, IntConsumer task) {
        pool.invoke(ForkJoinTask.adapt(() -> {
            ForkJoinTask<?>[] forked = new ForkJoinTask<?>[tasks - 1];
            for (int index = 1; index < tasks; index++) {
                int chunk = index;
                forked[index - 1] = ForkJoinTask.adapt(() -> task.accept(chunk)).fork();
            }
            task.accept(0);
            for (ForkJoinTask<?> each : forked) {
                each.join();
            }
        }));
    }
}

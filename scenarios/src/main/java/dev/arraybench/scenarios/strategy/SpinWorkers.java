package dev.arraybench.scenarios.strategy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Persistent workers that wait for work by spinning, the hand-off OpenMP runtimes use: {@code threads}
 * means {@code threads - 1} daemon workers plus the calling thread, which runs its own share (task 0, then
 * every {@code participants}-th). A batch is posted by writing each needed worker's job slot; a worker that
 * finished its last batch less than {@link #SPIN_NANOS} ago is still spinning on its slot and starts at
 * once, an idle one has parked and is unparked. The caller spins on a countdown of the workers' shares for
 * the same time, then parks until the last worker unparks it.
 *
 * <p>On Linux each worker binds itself to one CPU, from the last allowed CPU down (see {@link Affinity} for
 * why); the caller is never bound. With more threads than CPUs, workers share CPUs, and spinning then
 * costs far more than it saves.
 *
 * <p>Waking a parked thread costs tens of microseconds; a worker still spinning starts within a fraction of
 * one. Back-to-back calls (a benchmark loop, a pipeline of array ops) therefore find their workers awake.
 * The price is {@link #SPIN_NANOS} of one core per worker after every batch.
 *
 * <p>One batch at a time: concurrent callers queue on a lock. A task must not call {@link #runAll} on the
 * same pool (it would wait for itself). The first exception a task throws, on any thread, is rethrown to the
 * caller after every share has finished, with later ones added as suppressed; workers survive it.
 */
public final class SpinWorkers implements WorkerPool {

    /** How long a waiting thread spins before it parks: a few times the cost of one wake-up. */
    public static final long SPIN_NANOS = 50_000;

    private static final Map<Integer, SpinWorkers> POOLS = new ConcurrentHashMap<>();

    private final int threads;
    private final Worker[] workers;
    private final ReentrantLock batch = new ReentrantLock();
    private final ShareCountdown shares = new ShareCountdown();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long epoch;
    // The current batch: written by the caller before it posts, read by workers after they see the post.
    private IntConsumer task;
    private int tasks;
    private int participants;

    private SpinWorkers(int threads) {
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        int[] cpus = Affinity.allowedCpus();
        for (int index = 1; index < threads; index++) {
            workers[index - 1] = new Worker(index, "arraybench-spin" + threads + "-" + index,
                    Affinity.cpuOfWorker(cpus, index));
        }
        for (Worker worker : workers) {
            worker.thread.start();
        }
    }

    /**
     * The pool for {@code threads} threads ({@code threads - 1} workers), started on first use and kept for
     * the life of the JVM.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, }{@link Threads#max()}{@code ]}
     */
    public static SpinWorkers forThreads(int threads) {
        Threads.check(threads);
        return POOLS.computeIfAbsent(threads, SpinWorkers::new);
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void runAll(int tasks, IntConsumer task) {
        if (tasks <= 0) {
            return;
        }
        batch.lock();
        try {
            this.task = task;
            this.tasks = tasks;
            this.participants = Math.min(tasks, threads);
            shares.arm(participants - 1);
            long posted = ++epoch;
            for (int index = 1; index < participants; index++) {
                workers[index - 1].post(posted);
            }
            runShare(0);
            shares.await(SPIN_NANOS);
            this.task = null;
            Throwable thrown = failure.getAndSet(null);
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            if (thrown != null) {
                throw new IllegalStateException("a task threw " + thrown, thrown);
            }
        } finally {
            batch.unlock();
        }
    }

    /** Runs tasks {@code participant}, {@code participant + participants}, ... of the current batch. */
    private void runShare(int participant) {
        IntConsumer work = task;
        int count = tasks;
        int stride = participants;
        for (int index = participant; index < count; index += stride) {
            try {
                work.accept(index);
            } catch (Throwable thrown) {
                record(thrown);
            }
        }
    }

    private void record(Throwable thrown) {
        if (!failure.compareAndSet(null, thrown)) {
            Throwable first = failure.get();
            if (first != null && first != thrown) {
                first.addSuppressed(thrown);
            }
        }
    }

    /** One worker thread and its job slot. */
    private final class Worker implements Runnable {

        private final int index;
        private final int cpu;
        private final Thread thread;
        private final JobSlot slot = new JobSlot();

        Worker(int index, String name, int cpu) {
            this.index = index;
            this.cpu = cpu;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        /** Hands batch {@code batchEpoch} to this worker, waking it if it has parked. */
        void post(long batchEpoch) {
            slot.post(batchEpoch);
        }

        @Override
        public void run() {
            if (cpu >= 0) {
                Affinity.bindCurrentThread(cpu);
            }
            long seen = 0;
            while (true) {
                seen = slot.await(seen, SPIN_NANOS);
                runShare(index);
                shares.finishShare();
            }
        }
    }
}

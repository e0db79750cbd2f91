package dev.arraybench.runner.execute;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends a benchmark whose forks run past its time-out: kills every process this JVM started (while a
 * benchmark is measured, those are its JMH forks), so JMH sees the fork die and the benchmark fails instead
 * of hanging the run. JMH's own iteration time-out only interrupts the benchmark threads, which a kernel in
 * a loop never notices.
 */
final class ForkWatchdog implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "arraybench-fork-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean fired;

    private ForkWatchdog(Duration timeout) {
        timer.schedule(this::fire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A watchdog that fires after {@code timeout} unless closed before. */
    static ForkWatchdog start(Duration timeout) {
        return new ForkWatchdog(timeout);
    }

    private void fire() {
        fired = true;
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** Whether the time-out passed and the forks were killed. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

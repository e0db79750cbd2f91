package dev.arraybench.scenarios.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the spinning pool promises, checked without timing anything (a hang fails the time-out). */
class SpinWorkersTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @ParameterizedTest(name = "{0} threads, {1} tasks")
    @CsvSource({"1, 1", "1, 5", "2, 1", "2, 2", "2, 7", "3, 2", "3, 3", "3, 100", "4, 9"})
    void shouldRunEveryTaskExactlyOnce(int threads, int tasks) {
        AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
        assertTimeoutPreemptively(HANG, () -> SpinWorkers.forThreads(threads).runAll(tasks, runs::incrementAndGet));
        for (int task = 0; task < tasks; task++) {
            assertThat(runs.get(task)).as("runs of task %d", task).isEqualTo(1);
        }
    }

    @Test
    void shouldRunTaskZeroOnTheCallingThreadAndTheOthersOnNamedDaemonWorkers() {
        Thread[] ranOn = new Thread[3];
        SpinWorkers.forThreads(3).runAll(3, task -> ranOn[task] = Thread.currentThread());
        assertThat(ranOn[0]).isSameAs(Thread.currentThread());
        assertThat(ranOn[1]).isNotSameAs(ranOn[2]);
        for (Thread worker : new Thread[] {ranOn[1], ranOn[2]}) {
            assertThat(worker.getName()).startsWith("arraybench-spin3-");
            assertThat(worker.isDaemon()).isTrue();
        }
    }

    @Test
    void shouldBindEachWorkerToOneCpuFromTheLastDownWhereTheOsAllows() {
        int[] allowed = Affinity.allowedCpus();
        int[][] seen = new int[3][];
        SpinWorkers.forThreads(3).runAll(3, task -> seen[task] = Affinity.allowedCpus());
        assertThat(seen[0]).as("the caller is never bound").isEqualTo(allowed);
        if (allowed.length > 0) {
            assertThat(seen[1]).containsExactly(Affinity.cpuOfWorker(allowed, 1));
            assertThat(seen[2]).containsExactly(Affinity.cpuOfWorker(allowed, 2));
        }
    }

    @Test
    void shouldPickWorkerCpusFromTheLastAllowedDownAndWrapAround() {
        assertThat(Affinity.cpuOfWorker(new int[] {4, 5, 6}, 1)).isEqualTo(6);
        assertThat(Affinity.cpuOfWorker(new int[] {4, 5, 6}, 3)).isEqualTo(4);
        assertThat(Affinity.cpuOfWorker(new int[] {4, 5, 6}, 4)).isEqualTo(6);
        assertThat(Affinity.cpuOfWorker(new int[0], 1)).isEqualTo(-1);
    }

    @Test
    void shouldShareOnePoolPerThreadCount() {
        assertThat(SpinWorkers.forThreads(2)).isSameAs(SpinWorkers.forThreads(2)).isNotSameAs(SpinWorkers.forThreads(3));
        assertThat(SpinWorkers.forThreads(3).threads()).isEqualTo(3);
    }

    @ParameterizedTest(name = "thrown by task {0}")
    @CsvSource({"0", "1", "2"})
    void shouldRethrowAnExceptionOfAnyTaskToTheCallerAndStayUsable(int failing) {
        SpinWorkers pool = SpinWorkers.forThreads(3);
        IllegalStateException boom = new IllegalStateException("boom in task " + failing);
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> pool.runAll(3, task -> {
            if (task == failing) {
                throw boom;
            }
        })).isSameAs(boom));
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        pool.runAll(3, runs::incrementAndGet);
        assertThat(runs).hasToString("[1, 1, 1]");
    }

    @Test
    void shouldKeepTheFirstExceptionAndAddTheOthersAsSuppressed() {
        AtomicReference<Throwable> caught = new AtomicReference<>();
        assertTimeoutPreemptively(HANG, () -> {
            try {
                SpinWorkers.forThreads(2).runAll(2, task -> {
                    throw new IllegalArgumentException("task " + task);
                });
            } catch (IllegalArgumentException e) {
                caught.set(e);
            }
        });
        Throwable first = caught.get();
        assertThat(first).isNotNull();
        assertThat(first.getSuppressed()).hasSize(1);
        assertThat(first.getMessage() + first.getSuppressed()[0].getMessage()).contains("task 0", "task 1");
    }

    /**
     * Ten thousand batches back to back, with pauses of random length between them so that workers are
     * caught spinning, parking, about to park and parked; a lost wake-up would hang here.
     */
    @Test
    void shouldNeverLoseAWakeUpOverTenThousandRapidCalls() {
        SpinWorkers pool = SpinWorkers.forThreads(3);
        SplittableRandom random = new SplittableRandom(42);
        long[] total = new long[1];
        assertTimeoutPreemptively(HANG, () -> {
            for (int call = 0; call < 10_000; call++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(3);
                pool.runAll(1 + call % 3, runs::incrementAndGet);
                total[0] += runs.get(0) + runs.get(1) + runs.get(2);
                int pause = random.nextInt(100);
                if (pause < 10) {
                    LockSupport.parkNanos(pause * 10_000L);
                } else if (pause < 60) {
                    long until = System.nanoTime() + pause * 1_000L;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                }
            }
        });
        assertThat(total[0]).isEqualTo(10_000 / 3 * 6 + 1);
    }
}

package dev.arraybench.runner;

import dev.arraybench.core.result.BenchmarkResult;

/** Measures one job. The JMH implementation forks JVMs; tests substitute a fake. */
interface BenchmarkExecutor {

    /**
     * Measures {@code job}.
     *
     * @throws BenchmarkFailure when the benchmark failed (a kernel check, a crashed fork)
     */
    BenchmarkResult measure(Job job);
}

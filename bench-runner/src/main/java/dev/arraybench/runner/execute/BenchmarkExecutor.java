package dev.arraybench.runner.execute;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.runner.plan.Job;

/** Measures one job. The JMH implementation forks JVMs; tests substitute a fake. */
public interface BenchmarkExecutor {

    /**
     * Measures {@code job}.
     *
     * @throws BenchmarkFailure when the benchmark failed (a kernel check, a crashed fork)
     */
    BenchmarkResult measure(Job job);
}

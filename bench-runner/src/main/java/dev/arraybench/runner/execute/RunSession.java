package dev.arraybench.runner.execute;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.plan.Job;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures a list of jobs one by one and rewrites the results file after each, so an interrupted
 * sweep (Ctrl-C, a crashed fork) keeps everything finished before it and says so.
 */
public final class RunSession {

    private final BenchmarkExecutor executor;
    private final Path file;
    private final PrintWriter out;
    private final AtomicReference<RunResults> results;

    public RunSession(BenchmarkExecutor executor, RunResults start, Path file, PrintWriter out) {
        this.executor = executor;
        this.file = file;
        this.out = out;
        this.results = new AtomicReference<>(start);
    }

    /** The results so far. */
    public RunResults results() {
        return results.get();
    }

    /**
     * Measures every job in order.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#FAILED} after the first failed benchmark
     */
    public int measure(List<Job> jobs, double estimatedSeconds) {
        return measure(jobs, new Progress(out, jobs.size(), estimatedSeconds));
    }

    /**
     * Measures every job in order, showing {@code progress}.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#FAILED} after the first failed benchmark
     */
    public int measure(List<Job> jobs, Progress progress) {
        save();
        AtomicBoolean finished = new AtomicBoolean();
        Thread onInterrupt = new Thread(() -> {
            if (!finished.get()) {
                out.printf(Locale.ROOT, "%ninterrupted: %d finished benchmark(s) kept in %s%n",
                        results.get().benchmarks().size(), file);
                out.flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            for (int index = 0; index < jobs.size(); index++) {
                Job job = jobs.get(index);
                progress.starting(index, job.description());
                BenchmarkResult result;
                try {
                    result = executor.measure(job);
                } catch (BenchmarkFailure failure) {
                    progress.finished("FAILED");
                    out.printf(Locale.ROOT, "%s failed: %s%n%d finished benchmark(s) kept in %s%n", job.description().trim(),
                            failure.getMessage(), results.get().benchmarks().size(), file);
                    out.flush();
                    return ExitCodes.FAILED;
                }
                record(result);
                progress.finished(ResultsTable.time(nanos(result), nanos(result.error(), result.unit())));
            }
            return ExitCodes.OK;
        } finally {
            finished.set(true);
            removeHook(onInterrupt);
        }
    }

    /** Adds a measured result and rewrites the file. */
    void record(BenchmarkResult result) {
        results.updateAndGet(current -> current.with(result));
        save();
    }

    /** Replaces the results (a ceiling added, say) and rewrites the file. */
    public void update(RunResults updated) {
        results.set(updated);
        save();
    }

    private void save() {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        RunResults current = results.updateAndGet(r -> r.withEnvironment(r.environment().finishedAt(now)));
        try {
            ResultsCodec.write(current, file);
        } catch (IOException e) {
            throw new UncheckedIOException("out: " + file + " cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private static double nanos(BenchmarkResult result) {
        return nanos(result.score(), result.unit());
    }

    private static double nanos(double value, String unit) {
        return DerivedFigures.nanosPerOp(value, unit);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down and runs the hook, which is what it is for.
        }
    }
}

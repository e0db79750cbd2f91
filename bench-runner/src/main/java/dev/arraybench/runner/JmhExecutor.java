package dev.arraybench.runner;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one JMH benchmark per call through JMH's {@link Runner} API, narrowing the scenario's parameters to
 * one value each, and turns the {@link RunResult} into the result model with every raw sample. Every fork
 * gets the job's recorded flags.
 */
final class JmhExecutor implements BenchmarkExecutor {


    private final MeasurementSettings settings;
    private final boolean verbose;

    JmhExecutor(MeasurementSettings settings, boolean verbose) {
        this.settings = settings;
        this.verbose = verbose;
    }

    @Override
    public BenchmarkResult measure(Job job) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(job.benchmark()) + "$")
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(settings.iterationTime())
                .measurementIterations(settings.measurementIterations())
                .measurementTime(settings.iterationTime())
                .timeUnit(TimeUnit.MICROSECONDS)
                .jvmArgs(job.flags().toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
        job.params().forEach(options::param);
        if (settings.profilers().contains("gc")) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new BenchmarkFailure(rootMessage(e), e);
        }
        if (results.size() != 1) {
            throw new BenchmarkFailure("JMH returned " + results.size() + " results (expected 1)", null);
        }
        return convert(results.iterator().next(), job.params().keySet());
    }

    /**
     * The result model's view of one JMH run result, its parameters in the order of {@code order} (the
     * scenario's declaration order; JMH sorts them by name), then any others.
     */
    static BenchmarkResult convert(RunResult run, Collection<String> order) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : order) {
            String value = run.getParams().getParam(key);
            if (value != null) {
                params.put(key, value);
            }
        }
        for (String key : run.getParams().getParamsKeys()) {
            params.putIfAbsent(key, run.getParams().getParam(key));
        }
        Result<?> primary = run.getPrimaryResult();
        List<List<Double>> samples = new ArrayList<>();
        for (org.openjdk.jmh.results.BenchmarkResult fork : run.getBenchmarkResults()) {
            List<Double> iterations = new ArrayList<>();
            for (IterationResult iteration : fork.getIterationResults()) {
                iterations.add(iteration.getPrimaryResult().getScore());
            }
            samples.add(iterations);
        }
        Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
        Double allocated = allocation == null ? null : allocation.getScore();
        double[] interval = primary.getScoreConfidence();
        return new BenchmarkResult(run.getParams().getBenchmark(), params, run.getParams().getMode().shortLabel(),
                primary.getScoreUnit(), primary.getScore(), primary.getScoreError(), interval[0], interval[1],
                samples, DerivedFigures.of(params, primary.getScore(), primary.getScoreUnit(), allocated));
    }

    private static String rootMessage(Throwable failure) {
        List<String> messages = new ArrayList<>();
        collect(failure, messages);
        return messages.isEmpty() ? String.valueOf(failure) : String.join("; ", messages);
    }

    private static void collect(Throwable failure, List<String> messages) {
        if (failure == null) {
            return;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, messages);
        }
        if (failure.getCause() != null) {
            collect(failure.getCause(), messages);
        } else if (failure.getSuppressed().length == 0 && failure.getMessage() != null) {
            messages.add(failure.getMessage());
        }
    }
}

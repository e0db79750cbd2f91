package dev.arraybench.runner.execute;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.runner.options.MeasurementSettings;
import dev.arraybench.runner.options.TimeoutOption;
import dev.arraybench.runner.plan.Job;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.kernel.Ops;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one JMH benchmark per call through JMH's {@link Runner} API, narrowing the scenario's parameters to
 * one value each, and turns the {@link RunResult} into the result model with every raw sample. Every fork
 * gets the job's recorded flags, and the jars of a user's ops on its class path: JMH starts each fork with
 * {@code -cp} set to this JVM's {@code java.class.path} property, read as it builds the fork's command line
 * (flags of our own naming {@code -cp} would come before JMH's and lose), so while a run is under way that
 * property names those jars after this JVM's own class path.
 */
public final class JmhExecutor implements BenchmarkExecutor {


    private static final String CLASS_PATH = "java.class.path";

    private final MeasurementSettings settings;
    private final boolean verbose;
    private final List<Path> classPath;
    private final Ops ops;
    private final Duration timeout;

    /**
     * An executor with {@code classPath} added to every fork's class path and {@code ops} (which must
     * include the ones those jars register) for the results' bytes per element.
     */
    public JmhExecutor(MeasurementSettings settings, boolean verbose, List<Path> classPath, Ops ops) {
        this(settings, verbose, classPath, ops, TimeoutOption.generous(settings.estimatedSeconds()));
    }

    /** An executor that kills a benchmark's forks and fails it when it runs longer than {@code timeout}. */
    public JmhExecutor(MeasurementSettings settings, boolean verbose, List<Path> classPath, Ops ops,
            Duration timeout) {
        this.settings = settings;
        this.verbose = verbose;
        this.classPath = List.copyOf(classPath);
        this.ops = ops;
        this.timeout = timeout;
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
        String ownClassPath = System.getProperty(CLASS_PATH);
        try (ForkWatchdog watchdog = ForkWatchdog.start(timeout)) {
            System.setProperty(CLASS_PATH, forkClassPath(ownClassPath, classPath));
            try {
                results = new Runner(options.build()).run();
            } catch (RunnerException e) {
                if (watchdog.fired()) {
                    throw new BenchmarkFailure("did not finish within " + Progress.format(timeout)
                            + " (--timeout): its forks were killed", e);
                }
                throw new BenchmarkFailure(rootMessage(e), e);
            }
        } finally {
            System.setProperty(CLASS_PATH, ownClassPath);
        }
        if (results.size() != 1) {
            throw new BenchmarkFailure("JMH returned " + results.size() + " results (expected 1)", null);
        }
        return convert(results.iterator().next(), job.params().keySet(), ops);
    }

    /** The class path of a fork: {@code own}, then every entry of {@code added}. */
    public static String forkClassPath(String own, List<Path> added) {
        List<String> entries = new ArrayList<>(List.of(own));
        added.forEach(path -> entries.add(path.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The result model's view of one JMH run result: written as JMH's own JSON and read back by the one JMH
     * importer ({@link ResultsCodec#parse}), so runs measured here and JMH files from anywhere become the
     * same model. Its parameters follow the order of {@code order} (the scenario's declaration order; JMH
     * sorts them by name), then any others, and it carries the bytes per element the scenarios move.
     */
    static BenchmarkResult convert(RunResult run, Collection<String> order, Ops ops) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream stream = new PrintStream(json, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, stream).writeOut(List.of(run));
        }
        BenchmarkResult read = ResultsCodec.parse(Path.of("JMH run of " + run.getParams().getBenchmark()),
                json.toString(StandardCharsets.UTF_8)).benchmarks().get(0);
        Map<String, String> params = new LinkedHashMap<>();
        order.stream().filter(read.params()::containsKey).forEach(key -> params.put(key, read.param(key)));
        read.params().forEach(params::putIfAbsent);
        BenchmarkResult ordered = new BenchmarkResult(read.benchmark(), params, read.mode(), read.unit(), read.score(),
                read.error(), read.confidenceLow(), read.confidenceHigh(), read.samples(), read.derived());
        Double bytes = Scenarios.bytesPerElement(ops, ordered.benchmark(), params);
        return bytes == null ? ordered : DerivedFigures.withBytesPerElement(ordered, Scenarios.SIZE, bytes);
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

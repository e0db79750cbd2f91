package dev.arraybench.runner.command;

import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.Dimensions;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.execute.CeilingSummary;
import dev.arraybench.runner.execute.EnvironmentProbe;
import dev.arraybench.runner.execute.JmhExecutor;
import dev.arraybench.runner.execute.Progress;
import dev.arraybench.runner.execute.ResultsTable;
import dev.arraybench.runner.execute.RunSession;
import dev.arraybench.runner.jar.MachineLock;
import dev.arraybench.runner.options.IterationOptions;
import dev.arraybench.runner.options.MatrixOptions;
import dev.arraybench.runner.options.MeasurementSettings;
import dev.arraybench.runner.options.ScenarioRunOptions;
import dev.arraybench.runner.options.UserInput;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.runner.plan.DryRun;
import dev.arraybench.runner.plan.ForkSizing;
import dev.arraybench.runner.plan.Job;
import dev.arraybench.runner.plan.JvmFlags;
import dev.arraybench.runner.plan.ScenarioJobs;
import dev.arraybench.runner.plan.Shard;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.strategy.Threads;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arraybench run}: measures every requested op x dtype x layout x strategy x pool x threads x size
 * with JMH, one benchmark at a time with progress, writes the results file after each, and prints a table.
 *
 * <p>The default pool is {@code spin} alone: with both pools the default run measures eight benchmarks
 * instead of five, about a minute and a half instead of one, and {@code spin} is the better hand-off of
 * the two (the question a default run answers is whether parallelism pays, not which pool).
 * {@code --pool forkjoin,spin} draws both side by side.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure strategies side by side with JMH and write the results to a JSON file.",
            "Example: arraybench run --op scale --size 1M"})
public final class RunCommand implements Callable<Integer> {

    /** The scenarios' dimensions, which tell a job's case parameters from its variant and size. */
    private static final Dimensions CASES = Scenarios.dimensions();

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRunOptions scenarios;

    @Option(names = "--size", split = ",", paramLabel = "SIZE", defaultValue = "1M",
            description = {"Element counts: 1000, 1K, 4M, 1.5M, 64Ki, ranges 1K..64M (doubling) or 1K..64M:x4"
                + " (default: ${DEFAULT-VALUE})."})
    private List<String> sizes;

    @Option(names = "--forks", paramLabel = "N", description = "JVM forks per benchmark (default: 2; quick: 1).")
    private Integer forks;

    @Mixin
    private IterationOptions iterations = new IterationOptions();

    @Option(names = "--quick", description = "A smoke setting for CI: seconds per benchmark, rough numbers.")
    private boolean quick;

    @Option(names = "--profile", split = ",", paramLabel = "PROFILER",
            description = "JMH profilers: gc (bytes allocated per call).")
    private List<String> profilers = List.of();

    @Option(names = "--jvm-arg", paramLabel = "FLAG",
            description = {"A JVM flag for every benchmark fork, after ours so it wins; repeatable:"
                + " --jvm-arg=-XX:+UseParallelGC --jvm-arg=-Xss4m. Recorded in the results file."})
    private List<String> jvmArgs = List.of();

    @Option(names = "--no-pretouch", description = {"Start forks without -XX:+AlwaysPreTouch (on by default: the"
            + " heap is faulted in at start-up, so allocation is not timed with first-touch page faults)."})
    private boolean noPreTouch;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "results.json",
            description = "Results file, rewritten after each benchmark (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--ceiling", description = "Also measure the machine's memory bandwidth (STREAM copy, scale"
            + " and triad over arrays far larger than the cache; about half a minute).")
    private boolean ceiling;

    @Option(names = "--phases", description = "Also time copy-parallel's phases (allocate, copy-out, process,"
            + " copy-back) apart.")
    private boolean phases;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Then render the report (index.html, charts, summary.md) into DIR.")
    private Path report;

    @Option(names = "--verbose", description = "Show JMH's own output.")
    private boolean verbose;

    @Option(names = "--shard", paramLabel = "K/N",
            description = {"Measure only part K of N of the matrix, for a CI job matrix or a batch scheduler: every"
                + " size, strategy, pool and thread count of one case (op x dtype x layout) stays in one part;"
                + " parts are balanced by estimated time. Join the files with 'arraybench merge'."})
    private String shard;

    @Option(names = "--dry-run", description = "List what would be measured (with --shard: by that shard) and"
            + " about how long it would take; measure nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        MeasurementSettings settings = settings();
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        List<Combination> combinations = combinations();
        JvmFlags flags = jvmFlags();
        ForkSizing.check(combinations, ForkSizing.physicalBytes());
        if (!dryRun) {
            OutputFile.checkWritable(out);
            if (report != null) {
                OutputFile.checkFolder(report);
            }
        }
        Environment environment = EnvironmentProbe.probe(flags.common());
        List<Job> matrix = new ArrayList<>(combinations.stream().map(combination -> combination.job(flags)).toList());
        if (phases) {
            matrix.addAll(ScenarioJobs.phases(combinations, flags));
        }
        if (ceiling) {
            matrix.addAll(ScenarioJobs.ceiling(Threads.available(),
                    CeilingSummary.lastLevelCacheBytes(environment.caches()), flags));
        }
        List<Shard.Part<Job>> parts = part.split(matrix, RunCommand::unit, job -> settings.estimatedSeconds());
        if (dryRun) {
            DryRun.print(console, part, parts, settings.estimatedSeconds(), RunCommand::unit,
                    job -> unit(job).isEmpty() ? "machine (bandwidth ceiling)" : String.join(" ", unit(job)));
            return ExitCodes.OK;
        }
        List<Job> jobs = parts.get(part.index() - 1).items();
        if (!part.all()) {
            console.printf(Locale.ROOT, "shard %s: %d of %d benchmark(s)%n", part.label(), jobs.size(), matrix.size());
        }
        RunResults start = new RunResults(RunResults.SCHEMA, environment, settings.record(), null,
                Scenarios.dimensions(scenarios.matrix().kernels().ops()), List.of());
        console.printf(Locale.ROOT, "Measuring %d benchmark(s), about %s; results are saved to %s after each one "
                + "(Ctrl-C keeps what is finished).%n", jobs.size(),
                Progress.format(java.time.Duration.ofSeconds(Math.round(settings.estimatedSeconds() * jobs.size()))),
                out);
        JmhExecutor executor = new JmhExecutor(settings, verbose, scenarios.matrix().kernels().entries(),
                scenarios.matrix().kernels().ops(), scenarios.timeout(settings.estimatedSeconds()));
        RunSession session = new RunSession(executor, start, out, console);
        int code;
        MachineLock.Held machine = MachineLock.hold(MachineLock.commandOf(spec), scenarios.noWait(), console);
        try {
            code = session.measure(jobs, settings.estimatedSeconds());
        } finally {
            machine.close();
        }
        Ceiling measured = CeilingSummary.of(session.results().benchmarks());
        if (measured != null) {
            session.update(session.results().withCeiling(measured));
        }
        ResultsTable.print(session.results(), console);
        console.printf(Locale.ROOT, "%nResults: %s%n", out);
        if (report != null && !session.results().benchmarks().isEmpty()) {
            ReportCommand.render(session.results(), report, console);
        }
        console.flush();
        return code;
    }

    /**
     * The comparison unit of a job, which a shard never splits: the values of its case parameters (op, dtype
     * and layout for the kernel and phase scenarios; none for the machine's ceiling).
     */
    static List<String> unit(Job job) {
        return CASES.caseParams(job.params().keySet()).stream().map(job.params()::get).toList();
    }

    /** The benchmarks the options ask for, checked. */
    public List<Combination> combinations() {
        return scenarios.matrix().combinations(MatrixOptions.sizes(sizes), null);
    }

    /** The JVM flags of every fork the options ask for, checked. */
    JvmFlags jvmFlags() {
        return new JvmFlags(!noPreTouch, jvmArgs);
    }

    /** The measurement settings the options ask for, checked. */
    MeasurementSettings settings() {
        MeasurementSettings base = quick ? MeasurementSettings.QUICK : MeasurementSettings.DEFAULT;
        for (String profiler : profilers) {
            if (!profiler.equals("gc")) {
                throw new UserError("profile: '" + profiler + "' (expected gc)");
            }
        }
        return new MeasurementSettings(
                forks == null ? base.forks() : UserInput.atLeast("forks", forks, 1),
                iterations.warmup(base.warmupIterations()),
                iterations.iterations(base.measurementIterations()),
                TimeValue.fromString(iterations.time(base.iterationTime().toString())),
                List.copyOf(profilers));
    }
}

package dev.arraybench.runner.command;

import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.OutputFile;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.execute.EnvironmentProbe;
import dev.arraybench.runner.execute.JmhExecutor;
import dev.arraybench.runner.execute.Progress;
import dev.arraybench.runner.execute.RemeasuredBenchmarks;
import dev.arraybench.runner.execute.RunSession;
import dev.arraybench.runner.jar.MachineLock;
import dev.arraybench.runner.options.MatrixOptions;
import dev.arraybench.runner.options.MeasurementSettings;
import dev.arraybench.runner.options.ScenarioRunOptions;
import dev.arraybench.runner.options.UserInput;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.runner.plan.ForkSizing;
import dev.arraybench.runner.plan.JvmFlags;
import dev.arraybench.runner.plan.Shard;
import dev.arraybench.runner.search.BreakevenSearch;
import dev.arraybench.runner.search.Budget;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.strategy.Strategy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code arraybench breakeven}: locates every variant's break-even against sequential adaptively within a
 * time budget (see {@link BreakevenSearch}), in randomised interleaved rounds of one quick fork per benchmark,
 * repeated near the crossings. Running it again with the same {@code --out} resumes from what the file holds.
 */
@Command(name = "breakeven", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Locate break-even sizes adaptively within a time budget, in randomised interleaved rounds "
                + "(one fork per benchmark and round; the sizes near each crossing again in later rounds); "
                + "resumes from --out.",
            "Example: arraybench breakeven --op scale --strategy zero-copy-parallel --budget 3m --out be.json"})
public final class BreakevenCommand implements Callable<Integer> {

    /**
     * Short measurements, one fork per benchmark and round, repeated in later rounds where unsure: 1 fork x
     * (10 warm-up + 5 measured) iterations of 100 ms, so that the forks of a size come from different moments
     * of the run rather than from one. The
     * parallel variants need the second of warm-up: on 2 cores their two busy threads slow the JIT's compiler
     * threads, and with 0.2 s of warm-up the first measured iteration of the spin pool was still a median 1.5x
     * slower than the last (against 1.0x for sequential), which moved the break-even from run to run.
     */
    public static final MeasurementSettings SETTINGS =
            new MeasurementSettings(1, 10, 5, TimeValue.milliseconds(100), List.of());

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRunOptions scenarios;

    @Option(names = "--size", split = ",", paramLabel = "SIZE", defaultValue = "1K..4M:x8",
            description = "The coarse grid the search starts from, as for run (default: ${DEFAULT-VALUE}).")
    private List<String> sizes;

    @Option(names = "--budget", paramLabel = "TIME", defaultValue = "3m",
            description = "How long to measure per op, such as 90s, 3m or 1h (default: ${DEFAULT-VALUE}).")
    private String budget;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "breakeven.json",
            description = "Results file, rewritten after each benchmark; an existing one is resumed"
                    + " (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--verbose", description = "Show JMH's own output.")
    private boolean verbose;

    @Option(names = "--shard", paramLabel = "K/N",
            description = {"Search only part K of N of the cases, for a CI job matrix or a batch scheduler: every"
                + " size, strategy, pool and thread count of one case (op x dtype x layout) stays in one part, as"
                + " with run --shard. Join the files with 'arraybench merge'."})
    private String shard;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        Duration time = Budget.parse(budget);
        if (time.toMillis() < SETTINGS.estimatedSeconds() * 1000) {
            throw new UserError(String.format(Locale.ROOT, "budget: '%s' (expected at least one benchmark's time,"
                    + " about %.0fs)", budget, SETTINGS.estimatedSeconds()));
        }
        List<Long> grid = MatrixOptions.sizes(sizes);
        if (grid.size() < 2) {
            throw new UserError("size: '" + String.join(",", sizes) + "' is one size (a break-even needs at least"
                    + " two sizes)");
        }
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        List<Combination> combinations = part.select(scenarios.matrix().combinations(grid, Strategy.SEQUENTIAL),
                BreakevenCommand::unit, combination -> SETTINGS.estimatedSeconds()).items();
        if (combinations.isEmpty()) {
            console.printf(Locale.ROOT, "shard %s: no case to search (fewer cases than shards)%n", part.label());
            console.flush();
            return ExitCodes.OK;
        }
        Duration total = time.multipliedBy(combinations.stream().map(Combination::op).distinct().count());
        if (combinations.stream().allMatch(c -> c.strategy() == Strategy.SEQUENTIAL)) {
            throw new UserError("strategy: only sequential (expected a strategy to compare with it)");
        }
        ForkSizing.check(combinations, ForkSizing.physicalBytes());
        OutputFile.checkWritable(out);
        JvmFlags flags = new JvmFlags(true, List.of());
        RunResults start = start(flags);
        console.printf(Locale.ROOT, "Searching break-evens for %s; results are saved to %s after each benchmark "
                + "(Ctrl-C keeps what is finished; run again to resume).%n", Progress.format(total), out);
        RunSession session = new RunSession(new JmhExecutor(SETTINGS, verbose,
                scenarios.matrix().kernels().entries(), scenarios.matrix().kernels().ops(),
                scenarios.timeout(SETTINGS.estimatedSeconds())), start, out, console);
        MachineLock.Held machine = MachineLock.hold(MachineLock.commandOf(spec), scenarios.noWait(), console);
        try {
            return new BreakevenSearch(session, flags, console, System::nanoTime, total, SETTINGS.estimatedSeconds(),
                    System.nanoTime()).search(combinations);
        } finally {
            machine.close();
        }
    }

    /** The comparison unit of a combination: its case, which a shard never splits. */
    static List<String> unit(Combination combination) {
        return List.of(combination.op().name(), combination.type().label(), combination.layout().label());
    }

    /** The file's results when it exists (resuming), else an empty run on this machine. */
    private RunResults start(JvmFlags flags) {
        if (Files.exists(out)) {
            RunResults held = UserInput.fromFile(() -> ResultsCodec.read(out));
            if (held.dimensions() == null) {
                throw new UserError("out: " + out + " holds results without dimensions (expected a file written"
                        + " by run or breakeven to resume)");
            }
            return RemeasuredBenchmarks.merge(held);
        }
        return new RunResults(RunResults.SCHEMA, EnvironmentProbe.probe(flags.common()), SETTINGS.record(), null,
                Scenarios.dimensions(scenarios.matrix().kernels().ops()), List.of());
    }
}

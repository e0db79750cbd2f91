package dev.arraybench.runner.execute;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.UserError;
import dev.arraybench.runner.command.BreakevenCommand;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.runner.plan.Job;
import dev.arraybench.runner.plan.JvmFlags;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code validate}'s measurement: the baseline and every variant a thresholds file names, at the held-out
 * sizes, in randomised rounds (every round shuffles every benchmark of every size, one fork each, never one
 * size at a time). Apart from the command because it loads the built-in kernels (JDK 25), which judging
 * earlier measurements ({@code --from-results}) does not.
 */
public final class HeldOutRun {

    private static final JvmFlags FLAGS = new JvmFlags(true, List.of());

    private HeldOutRun() {
    }

    /** The machine the forks run on, as their results files record it. */
    public static EnvironmentFingerprint machine() {
        return EnvironmentFingerprint.of(EnvironmentProbe.probe(FLAGS.common()));
    }

    /**
     * Measures {@code advice}'s variants and their baselines at {@code sizes}, {@code forks} rounds, the
     * results rewritten into {@code resultsFile} after each benchmark.
     *
     * @return the results, or {@code null} when a benchmark failed
     * @throws UserError when a threshold names no arraybench kernel
     */
    public static RunResults measure(Advice advice, List<Long> sizes, int forks, Path resultsFile,
            PrintWriter console) {
        List<Combination> combinations = combinations(advice, sizes);
        RunSession session = new RunSession(new JmhExecutor(BreakevenCommand.SETTINGS, false, List.of(),
                Ops.onClassPath()), new RunResults(RunResults.SCHEMA, EnvironmentProbe.probe(FLAGS.common()),
                BreakevenCommand.SETTINGS.record(), null, Scenarios.dimensions(), List.of()), resultsFile, console);
        Random order = new Random(System.nanoTime());
        for (int round = 1; round <= forks; round++) {
            List<Combination> shuffled = new ArrayList<>(combinations);
            Collections.shuffle(shuffled, order);
            console.printf(Locale.ROOT, "-- round %d of %d: %d benchmark(s) in random order --%n", round, forks,
                    shuffled.size());
            List<Job> jobs = shuffled.stream().map(combination -> combination.job(FLAGS)).toList();
            if (session.measure(jobs, BreakevenCommand.SETTINGS.estimatedSeconds()) != ExitCodes.OK) {
                return null;
            }
            session.update(RemeasuredBenchmarks.merge(session.results()));
        }
        return session.results();
    }

    private static List<Combination> combinations(Advice advice, List<Long> sizes) {
        List<Combination> combinations = new ArrayList<>();
        for (Threshold t : advice.thresholds()) {
            Combination variant;
            Combination baseline;
            try {
                variant = new Combination(Ops.onClassPath().byName(t.kase().get("op")), DType.parse(t.kase()
                        .get("dtype")), Layout.parse(t.kase().get("layout")), Strategy.parse(t.strategy()),
                        Pool.parse(t.pool()), t.threads(), 1);
                baseline = new Combination(variant.op(), variant.type(), variant.layout(), Strategy.SEQUENTIAL,
                        Pool.FORKJOIN, 1, 1);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new UserError("thresholds: " + t.kase() + " " + t.variantLabel() + " is not an arraybench kernel ("
                        + e.getMessage() + ")");
            }
            for (long size : sizes) {
                for (Combination c : List.of(baseline.at(size), variant.at(size))) {
                    if (!combinations.contains(c)) {
                        combinations.add(c);
                    }
                }
            }
        }
        return combinations;
    }
}

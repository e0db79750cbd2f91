package dev.arraybench.runner.search;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.execute.Progress;
import dev.arraybench.runner.execute.RemeasuredBenchmarks;
import dev.arraybench.runner.execute.RunSession;
import dev.arraybench.runner.plan.Combination;
import dev.arraybench.runner.plan.JvmFlags;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Locates break-evens adaptively within a time budget, in randomised interleaved rounds (as in RMIT, Abedi
 * and Brecht 2017, and asv's {@code --interleave-rounds}): every round measures each of its benchmarks for
 * one fork, in an order shuffled anew, so the repeats of a size come from different moments of the run and
 * a slow spell of the machine widens the intervals instead of bending the profile. The first two rounds
 * measure the coarse grid (what the file does not hold twice yet; a variant more than {@link SearchTarget#FAR}
 * times faster or slower at a size in the first round gets no second there); every later round measures,
 * for each break-even not yet bracketed within {@link #FACTOR} at 95%, a new size bisecting the widest gap
 * inside its interval and the measured sizes nearest the crossing again, until every break-even is bracketed or the
 * budget is spent. A round that would not fit in the budget left keeps its sizes nearest the crossings,
 * with the baseline and every variant at each. Every measurement goes through the {@link RunSession}, which
 * rewrites the file after each.
 */
public final class BreakevenSearch {

    /** How narrow, as a ratio of its ends, a break-even's 95% interval must be. */
    static final double FACTOR = 1.5;

    /** Rounds every size is measured in before a break-even counts as bracketed. */
    static final int MIN_ROUNDS = 2;

    /** At most this many sizes per break-even are measured again in a round. */
    static final int NEAR_SIZES = 4;

    private final RunSession session;
    private final JvmFlags flags;
    private final PrintWriter out;
    private final LongSupplier clock;
    private final long deadline;
    private final double estimatedSeconds;
    private final Random order;
    private long measuredNanos;
    private int measured;

    /**
     * A search measuring through {@code session} until {@code budget} is spent by {@code clock}, each
     * benchmark estimated at {@code estimatedSeconds} until one is measured, the rounds shuffled from
     * {@code seed}.
     */
    public BreakevenSearch(RunSession session, JvmFlags flags, PrintWriter out, LongSupplier clock, Duration budget,
            double estimatedSeconds, long seed) {
        this.session = session;
        this.flags = flags;
        this.out = out;
        this.clock = clock;
        this.deadline = clock.getAsLong() + budget.toNanos();
        this.estimatedSeconds = estimatedSeconds;
        this.order = new Random(seed);
    }

    /**
     * Searches the break-even of every non-baseline combination of {@code grid} (sequential is the baseline).
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#FAILED} when a benchmark failed
     */
    public int search(List<Combination> grid) {
        List<SearchTarget> targets = targets(grid);
        for (int round = 1; timeLeft(); round++) {
            Map<SearchTarget, BreakEven> found = breakEvens(targets);
            Map<List<Object>, List<Combination>> plan = plan(grid, targets, found);
            if (plan.isEmpty()) {
                break;
            }
            if (!found.isEmpty()) {
                progress(found);
            }
            List<Combination> jobs = fit(plan);
            Collections.shuffle(jobs, order);
            out.printf(Locale.ROOT, "-- round %d: %d benchmark(s) at %d size(s), in random order --%n", round,
                    jobs.size(), jobs.stream().map(Combination::size).distinct().count());
            for (Combination combination : jobs) {
                if (!timeLeft()) {
                    return finish(targets);
                }
                if (measure(combination) != ExitCodes.OK) {
                    return ExitCodes.FAILED;
                }
            }
        }
        return finish(targets);
    }

    /**
     * The next round's benchmarks grouped by case and size, most wanted first: the grid's benchmarks measured
     * in fewer than {@link #MIN_ROUNDS} rounds; once there are none, for each open break-even in turn the
     * sizes it was measured at in fewer rounds, then its sizes near the crossing. Empty when every
     * break-even is bracketed.
     */
    private Map<List<Object>, List<Combination>> plan(List<Combination> grid, List<SearchTarget> targets,
            Map<SearchTarget, BreakEven> found) {
        RunResults results = session.results();
        Map<List<Object>, List<Combination>> plan = new LinkedHashMap<>();
        for (Combination combination : grid) {
            if (SearchTarget.forks(results, combination) < MIN_ROUNDS && !far(targets, results, combination)) {
                add(plan, combination);
            }
        }
        if (!plan.isEmpty()) {
            return plan;
        }
        List<List<Long>> wanted = new ArrayList<>();
        List<SearchTarget> open = new ArrayList<>();
        for (SearchTarget target : targets) {
            BreakEven breakEven = found.get(target);
            List<Long> sizes = new ArrayList<>(target.underMeasured(results, MIN_ROUNDS));
            if (breakEven != null && !SearchTarget.settled(breakEven, FACTOR)) {
                target.nearCrossing(breakEven, results, FACTOR, NEAR_SIZES).stream()
                        .filter(size -> !sizes.contains(size)).forEach(sizes::add);
            }
            if (!sizes.isEmpty()) {
                wanted.add(sizes);
                open.add(target);
            }
        }
        int ranks = wanted.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < ranks; rank++) {
            for (int t = 0; t < open.size(); t++) {
                if (rank < wanted.get(t).size()) {
                    long size = wanted.get(t).get(rank);
                    add(plan, open.get(t).baseline().at(size));
                    add(plan, open.get(t).variant().at(size));
                }
            }
        }
        return plan;
    }

    /**
     * Whether a grid benchmark needs no second round: a variant {@link SearchTarget#far far} from breaking
     * even at its size, or a baseline whose every variant is.
     */
    private static boolean far(List<SearchTarget> targets, RunResults results, Combination combination) {
        long size = combination.size();
        List<SearchTarget> mine = targets.stream().filter(t -> t.variant().at(size).equals(combination)
                || t.baseline().at(size).equals(combination)).toList();
        return !mine.isEmpty() && mine.stream().allMatch(t -> t.far(results, size));
    }

    private static void add(Map<List<Object>, List<Combination>> plan, Combination combination) {
        List<Object> key = List.of(combination.op(), combination.type(), combination.layout(), combination.size());
        List<Combination> group = plan.computeIfAbsent(key, ignored -> new ArrayList<>());
        if (!group.contains(combination)) {
            group.add(combination);
        }
    }

    /** The plan's benchmarks that fit in the budget left, whole sizes at a time, most wanted first. */
    private List<Combination> fit(Map<List<Object>, List<Combination>> plan) {
        long room = (long) ((deadline - clock.getAsLong()) / 1e9 / secondsPerBenchmark());
        List<Combination> jobs = new ArrayList<>();
        for (List<Combination> group : plan.values()) {
            if (!jobs.isEmpty() && jobs.size() + group.size() > room) {
                break;
            }
            jobs.addAll(group);
        }
        return jobs;
    }

    private int measure(Combination combination) {
        long started = clock.getAsLong();
        Duration left = Duration.ofNanos(Math.max(0, deadline - started));
        int code = session.measure(List.of(combination.job(flags)), Progress.ofSearch(out, measured + 1, left));
        session.update(RemeasuredBenchmarks.merge(session.results()));
        measuredNanos += clock.getAsLong() - started;
        measured++;
        return code;
    }

    private int finish(List<SearchTarget> targets) {
        Map<SearchTarget, BreakEven> found = breakEvens(targets);
        out.printf(Locale.ROOT, "%nBreak-evens (95%% intervals over every round; bracketed = within x%.1f):%n",
                FACTOR);
        int open = 0;
        for (SearchTarget target : targets) {
            BreakEven breakEven = found.get(target);
            boolean settled = breakEven != null && SearchTarget.settled(breakEven, FACTOR);
            open += settled ? 0 : 1;
            out.printf(Locale.ROOT, "  %s: %s%s%n", target.label(), SearchSummary.describe(breakEven),
                    settled ? "" : "  OPEN");
        }
        out.println(open == 0 ? "Every break-even is bracketed."
                : open + " break-even(s) still open: the budget ran out; run again with the same --out to go on.");
        out.flush();
        return ExitCodes.OK;
    }

    private void progress(Map<SearchTarget, BreakEven> found) {
        Duration left = Duration.ofNanos(Math.max(0, deadline - clock.getAsLong()));
        out.printf(Locale.ROOT, "-- %s of the budget left; the break-evens so far --%n", Progress.format(left));
        found.forEach((target, breakEven) -> out.printf(Locale.ROOT, "  %s: %s%s%n", target.label(),
                SearchSummary.describe(breakEven), SearchTarget.settled(breakEven, FACTOR) ? "  done" : ""));
        out.flush();
    }

    private Map<SearchTarget, BreakEven> breakEvens(List<SearchTarget> targets) {
        RunResults all = session.results();
        List<BenchmarkResult> mine = all.benchmarks().stream()
                .filter(r -> targets.stream().anyMatch(t -> SearchTarget.same(r, t.variant().at(size(r)))
                        || SearchTarget.same(r, t.baseline().at(size(r)))))
                .toList();
        Map<SearchTarget, BreakEven> found = new LinkedHashMap<>();
        if (mine.isEmpty()) {
            return found;
        }
        Analysis analysis = Analysis.of(new RunResults(all.schema(), all.environment(), all.settings(), null,
                all.dimensions(), mine));
        for (SearchTarget target : targets) {
            analysis.breakEvens().stream().filter(target::matches).findFirst()
                    .ifPresent(breakEven -> found.put(target, breakEven));
        }
        return found;
    }

    private static long size(BenchmarkResult result) {
        String size = result.param(Scenarios.SIZE);
        return size == null ? -1 : Sizes.parse(size);
    }

    private static List<SearchTarget> targets(List<Combination> grid) {
        List<SearchTarget> targets = new ArrayList<>();
        for (Combination combination : grid) {
            if (combination.strategy() == Strategy.SEQUENTIAL) {
                continue;
            }
            Combination variant = combination.at(1);
            Combination baseline = new Combination(combination.op(), combination.type(), combination.layout(),
                    Strategy.SEQUENTIAL,
                    Pool.FORKJOIN, 1, 1);
            SearchTarget target = new SearchTarget(variant, baseline);
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    private boolean timeLeft() {
        return clock.getAsLong() + (long) (secondsPerBenchmark() * 1e9) <= deadline;
    }

    private double secondsPerBenchmark() {
        return measured == 0 ? estimatedSeconds : measuredNanos / 1e9 / measured;
    }
}

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Locates break-evens adaptively within a time budget: measures a coarse grid first (what the file does not
 * hold yet), then, one step at a time and taking the open break-evens in turn, bisects the widest gap
 * between measured sizes inside a break-even's interval or measures a benchmark there again for more forks,
 * until every break-even is bracketed within {@link #FACTOR} at 95% or the budget is spent. Every
 * measurement goes through the {@link RunSession}, which rewrites the file after each.
 */
public final class BreakevenSearch {

    /** How narrow, as a ratio of its ends, a break-even's 95% interval must be. */
    static final double FACTOR = 1.5;

    private final RunSession session;
    private final JvmFlags flags;
    private final PrintWriter out;
    private final LongSupplier clock;
    private final long deadline;
    private final double estimatedSeconds;
    private long measuredNanos;
    private int measured;
    private int step;

    public BreakevenSearch(RunSession session, JvmFlags flags, PrintWriter out, LongSupplier clock, Duration budget,
            double estimatedSeconds) {
        this.session = session;
        this.flags = flags;
        this.out = out;
        this.clock = clock;
        this.deadline = clock.getAsLong() + budget.toNanos();
        this.estimatedSeconds = estimatedSeconds;
    }

    /**
     * Searches the break-even of every non-baseline combination of {@code grid} (sequential is the baseline).
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#FAILED} when a benchmark failed
     */
    public int search(List<Combination> grid) {
        List<SearchTarget> targets = targets(grid);
        for (Combination combination : grid) {
            if (SearchTarget.forks(session.results(), combination) == 0) {
                if (!timeLeft()) {
                    return finish(targets);
                }
                if (measure(combination) != ExitCodes.OK) {
                    return ExitCodes.FAILED;
                }
            }
        }
        Set<SearchTarget> stuck = new HashSet<>();
        while (timeLeft()) {
            Map<SearchTarget, BreakEven> found = breakEvens(targets);
            List<SearchTarget> open = found.entrySet().stream()
                    .filter(e -> !SearchTarget.settled(e.getValue(), FACTOR) && !stuck.contains(e.getKey()))
                    .map(Map.Entry::getKey).toList();
            if (open.isEmpty()) {
                break;
            }
            progress(found);
            SearchTarget target = open.get(step++ % open.size());
            List<Combination> next = target.next(found.get(target), session.results(), FACTOR);
            if (next.isEmpty()) {
                stuck.add(target);
            }
            for (Combination combination : next) {
                if (next.size() == 1 || SearchTarget.forks(session.results(), combination) == 0) {
                    if (measure(combination) != ExitCodes.OK) {
                        return ExitCodes.FAILED;
                    }
                }
            }
        }
        return finish(targets);
    }

    private int measure(Combination combination) {
        long started = clock.getAsLong();
        boolean again = SearchTarget.forks(session.results(), combination) > 0;
        if (again) {
            out.printf(Locale.ROOT, "more forks: ");
        }
        Duration left = Duration.ofNanos(Math.max(0, deadline - started));
        int code = session.measure(List.of(combination.job(flags)), Progress.ofSearch(out, measured + 1, left));
        session.update(RemeasuredBenchmarks.merge(session.results()));
        measuredNanos += clock.getAsLong() - started;
        measured++;
        return code;
    }

    private int finish(List<SearchTarget> targets) {
        Map<SearchTarget, BreakEven> found = breakEvens(targets);
        out.printf(Locale.ROOT, "%nBreak-evens (95%% intervals; bracketed = within x%.1f):%n", FACTOR);
        int open = 0;
        for (SearchTarget target : targets) {
            BreakEven breakEven = found.get(target);
            boolean settled = breakEven != null && SearchTarget.settled(breakEven, FACTOR);
            open += settled ? 0 : 1;
            out.printf(Locale.ROOT, "  %s: %s%s%n", target.label(), describe(breakEven),
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
                describe(breakEven), SearchTarget.settled(breakEven, FACTOR) ? "  done" : ""));
        out.flush();
    }

    /** A break-even in words: its estimate, its interval and how narrow that is. */
    static String describe(BreakEven breakEven) {
        if (breakEven == null) {
            return "not measured yet";
        }
        double low = breakEven.crossing().low();
        double high = breakEven.crossing().high();
        String interval = "95% " + elements(low) + ".." + elements(high);
        return switch (breakEven.kind()) {
            case NOT_IN_RANGE -> "does not pay up to " + Sizes.label(breakEven.largest()) + " (" + interval + ")";
            case UNDECIDED -> "undecided (" + interval + ")";
            case FROM_SMALLEST, BETWEEN -> String.format(Locale.ROOT, "%s%s (%s, x%s)",
                    breakEven.kind() == BreakEven.Kind.FROM_SMALLEST ? "from the smallest size, " : "≈ ",
                    elements(breakEven.size()), interval,
                    Double.isFinite(high) ? String.format(Locale.ROOT, "%.2f", high / low) : "inf");
        };
    }

    private static String elements(double size) {
        if (!Double.isFinite(size)) {
            return "beyond range";
        }
        if (size >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", size / 1e6);
        }
        return size >= 1e3 ? String.format(Locale.ROOT, "%.1fK", size / 1e3) : String.format(Locale.ROOT, "%.0f", size);
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

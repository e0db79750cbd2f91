package dev.arraybench.runner.plan;

import dev.arraybench.runner.execute.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code run --dry-run}: what a run (or one shard of it) would measure and about how long it would take,
 * without measuring. Prints a summary, the spread of every shard's estimate, then each comparison unit with
 * its benchmarks, one per line as {@code Class.method name=value ...} so a script can read them.
 */
public final class DryRun {

    private DryRun() {
    }

    /**
     * Prints the plan of {@code shard} among {@code parts}.
     *
     * @param unit the comparison unit of a job, as {@link Shard#split} grouped them
     * @param label a unit's name for the listing
     */
    public static void print(PrintWriter out, Shard shard, List<Shard.Part<Job>> parts, double secondsPerJob,
            Function<Job, ?> unit, Function<Job, String> label) {
        int jobs = parts.stream().mapToInt(part -> part.items().size()).sum();
        int units = parts.stream().mapToInt(Shard.Part::units).sum();
        double total = parts.stream().mapToDouble(Shard.Part::seconds).sum();
        Shard.Part<Job> part = parts.get(shard.index() - 1);
        if (shard.all()) {
            out.printf(Locale.ROOT, "would measure %d benchmark(s) in %d comparison unit(s), about %s%n",
                    jobs, units, time(total));
        } else {
            double most = parts.stream().mapToDouble(Shard.Part::seconds).max().orElse(0);
            double least = parts.stream().mapToDouble(Shard.Part::seconds).min().orElse(0);
            out.printf(Locale.ROOT, "shard %s would measure %d of %d benchmark(s), %d of %d comparison unit(s), "
                    + "about %s%n", shard.label(), part.items().size(), jobs, part.units(), units,
                    time(part.seconds()));
            out.printf(Locale.ROOT, "all %d shards: about %s at most, %s at least, %s in all%n", shard.count(),
                    time(most), time(least), time(total));
        }
        Map<Object, List<Job>> byUnit = new LinkedHashMap<>();
        for (Job job : part.items()) {
            byUnit.computeIfAbsent(unit.apply(job), key -> new ArrayList<>()).add(job);
        }
        for (List<Job> members : byUnit.values()) {
            out.printf(Locale.ROOT, "  %s: %d benchmark(s), about %s%n", label.apply(members.get(0)),
                    members.size(), time(members.size() * secondsPerJob));
            for (Job job : members) {
                out.printf(Locale.ROOT, "    %s %s%n", shortName(job.benchmark()), job.params().entrySet().stream()
                        .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(" ")));
            }
        }
        out.flush();
    }

    private static String time(double seconds) {
        return Progress.format(Duration.ofSeconds(Math.round(seconds)));
    }

    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int owner = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(owner + 1);
    }
}

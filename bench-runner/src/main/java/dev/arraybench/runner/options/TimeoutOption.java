package dev.arraybench.runner.options;

import dev.arraybench.runner.search.Budget;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --timeout}: how long one benchmark's forks may run before they are killed and it is reported failed. */
public final class TimeoutOption {

    /** The least time-out a benchmark gets by default, whatever its settings. */
    static final Duration MINIMUM_DEFAULT = Duration.ofMinutes(10);

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Kill a benchmark's forks and report it"
            + " failed when it runs longer than this (such as 90s or 20m; default: ten times its estimated time,"
            + " at least 10m).")
    private String timeout;

    /** The time-out for a benchmark estimated to take {@code estimatedSeconds}. */
    public Duration timeout(double estimatedSeconds) {
        if (timeout != null) {
            return Budget.parse("timeout", timeout);
        }
        return generous(estimatedSeconds);
    }

    /** The default time-out: ten times the estimated time, at least {@link #MINIMUM_DEFAULT}. */
    public static Duration generous(double estimatedSeconds) {
        Duration tenTimes = Duration.ofMillis(Math.round(estimatedSeconds * 10_000));
        return tenTimes.compareTo(MINIMUM_DEFAULT) > 0 ? tenTimes : MINIMUM_DEFAULT;
    }
}

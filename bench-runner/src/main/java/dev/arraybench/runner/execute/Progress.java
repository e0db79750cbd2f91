package dev.arraybench.runner.execute;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * One line per benchmark: which of how many, its parameters, then its score when done, with an estimate of
 * the time left that starts from the settings and then follows the measured pace. A search, which does not
 * know how many benchmarks it will take, numbers them and shows the budget it has left instead.
 */
public final class Progress {

    private final PrintWriter out;
    private final int total;
    private final double estimatedSeconds;
    private final int searchNumber;
    private final Duration budgetLeft;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintWriter out, int total, double estimatedSeconds) {
        this(out, total, estimatedSeconds, 0, null);
    }

    private Progress(PrintWriter out, int total, double estimatedSeconds, int searchNumber, Duration budgetLeft) {
        this.out = out;
        this.total = total;
        this.estimatedSeconds = estimatedSeconds;
        this.searchNumber = searchNumber;
        this.budgetLeft = budgetLeft;
    }

    /** The line of a search's {@code number}-th benchmark, started with {@code budgetLeft} of its budget left. */
    public static Progress ofSearch(PrintWriter out, int number, Duration budgetLeft) {
        return new Progress(out, 1, 0, number, budgetLeft);
    }

    void starting(int index, String description) {
        if (budgetLeft != null) {
            out.printf(Locale.ROOT, "[%d] %s  (%s of the budget left) ... ", searchNumber, description,
                    format(budgetLeft));
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %s  (about %s left) ... ", index + 1, total, description,
                    format(remaining()));
        }
        out.flush();
    }

    void finished(String outcome) {
        done++;
        out.println(outcome);
        out.flush();
    }

    private Duration remaining() {
        double perBenchmark = done == 0 ? estimatedSeconds : (System.nanoTime() - started) / 1e9 / done;
        return Duration.ofSeconds(Math.round(perBenchmark * (total - done)));
    }

    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}

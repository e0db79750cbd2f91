package dev.arraybench.runner;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * One line per benchmark: which of how many, its parameters, then its score when done, with an estimate of
 * the time left that starts from the settings and then follows the measured pace.
 */
final class Progress {

    private final PrintWriter out;
    private final int total;
    private final double estimatedSeconds;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintWriter out, int total, double estimatedSeconds) {
        this.out = out;
        this.total = total;
        this.estimatedSeconds = estimatedSeconds;
    }

    void starting(int index, String description) {
        out.printf(Locale.ROOT, "[%d/%d] %s  (about %s left) ... ", index + 1, total, description, format(remaining()));
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

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}

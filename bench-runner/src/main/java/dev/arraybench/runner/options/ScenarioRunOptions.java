package dev.arraybench.runner.options;

import java.time.Duration;
import picocli.CommandLine.Mixin;

/**
 * The options of the commands that measure the built-in scenarios on this machine ({@code run} and
 * {@code breakeven}), declared once: {@code --no-wait}, {@code --timeout} and the matrix ({@code --op},
 * {@code --dtype}, {@code --layout}, {@code --strategy}, {@code --pool}, {@code --threads}, {@code --classpath}).
 */
public final class ScenarioRunOptions {

    @Mixin
    private WaitOption wait;

    @Mixin
    private TimeoutOption timeout;

    @Mixin
    private MatrixOptions matrix;

    /** Whether to refuse at once rather than wait while another run holds the machine. */
    public boolean noWait() {
        return wait.noWait();
    }

    /** How long a benchmark of {@code estimatedSeconds} may run before its forks are killed. */
    public Duration timeout(double estimatedSeconds) {
        return timeout.timeout(estimatedSeconds);
    }

    /** The ops, types, layouts, strategies, pools and thread counts asked for. */
    public MatrixOptions matrix() {
        return matrix;
    }
}

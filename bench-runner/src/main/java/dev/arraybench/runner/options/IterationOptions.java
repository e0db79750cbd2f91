package dev.arraybench.runner.options;

import dev.arraybench.runner.UserError;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Option;

/**
 * How long each fork warms up and measures, declared once for {@code run} (JMH's Runner) and for the forks
 * of a user's jar ({@code ab}, {@code calibrate --jar}); each command supplies its own defaults and the values
 * are checked here, where they enter.
 */
public final class IterationOptions {

    @Option(names = "--warmup", paramLabel = "N",
            description = "Warm-up iterations per fork (default: 3; run --quick: 2).")
    private Integer warmup;

    @Option(names = "--iterations", paramLabel = "N",
            description = "Measured iterations per fork (default: 10 for ab and calibrate; run: 5, run --quick: 3).")
    private Integer iterations;

    @Option(names = "--time", paramLabel = "TIME",
            description = "Duration of each warm-up and measured iteration, such as 100ms or 1s (default: 100ms for"
                    + " ab and calibrate; run: 500ms, run --quick: 200ms).")
    private String time;

    /**
     * The warm-up iterations asked for, else {@code fallback}.
     *
     * @throws UserError when negative
     */
    public int warmup(int fallback) {
        return warmup == null ? fallback : UserInput.atLeast("warmup", warmup, 0);
    }

    /**
     * The measured iterations asked for, else {@code fallback}.
     *
     * @throws UserError when below 1
     */
    public int iterations(int fallback) {
        return iterations == null ? fallback : UserInput.atLeast("iterations", iterations, 1);
    }

    /**
     * The iteration time asked for as JMH's command line reads it ({@code 100ms}), else {@code fallback}.
     *
     * @throws UserError when it is not a positive duration
     */
    public String time(String fallback) {
        if (time == null) {
            return fallback;
        }
        TimeValue value;
        try {
            value = TimeValue.fromString(time.trim());
        } catch (IllegalArgumentException e) {
            throw new UserError("time: '" + time + "' (expected a duration such as 500ms, 1s or 2s)");
        }
        if (value.getTime() <= 0) {
            throw new UserError("time: '" + time + "' (expected a positive duration)");
        }
        return time.trim();
    }
}

package dev.arraybench.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that gates ({@code ab}, {@code compare}): the gate's threshold and confidence, as the command's options. */
public abstract class GateMojo extends CommandLineMojo {

    /** The smallest slowdown that counts as a regression, such as {@code 5%}. */
    @Parameter(property = "arraybench.threshold", defaultValue = "5%")
    private String threshold;

    /** The confidence a verdict needs, such as {@code 99%}. */
    @Parameter(property = "arraybench.confidence", defaultValue = "99%")
    private String confidence;

    /** {@code --threshold} and {@code --confidence} with their values. */
    protected final List<String> gateOptions() {
        return List.of("--threshold", threshold, "--confidence", confidence);
    }
}

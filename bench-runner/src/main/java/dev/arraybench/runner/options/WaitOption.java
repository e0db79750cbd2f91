package dev.arraybench.runner.options;

import picocli.CommandLine.Option;

/** {@code --no-wait}, for every command that measures: refuse at once when another run holds the machine. */
public final class WaitOption {

    @Option(names = "--no-wait", description = "When another arraybench or JMH run holds the machine, refuse at"
            + " once (exit 2) instead of waiting for it.")
    private boolean noWait;

    /** Whether to refuse at once rather than wait. */
    public boolean noWait() {
        return noWait;
    }
}

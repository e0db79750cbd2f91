package dev.arraybench.runner.options;

import picocli.CommandLine.Option;

/** {@code --fail-on}: what fails a gate besides a regression, declared once for {@code compare} and {@code ab}. */
public final class FailOnOption {

    /** What fails the gate. */
    enum FailOn {
        /** Only a regression (the default). */
        REGRESSION,
        /** A regression or an undecided benchmark. */
        UNDECIDED
    }

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "regression",
            description = "regression (default) or undecided: an undecided benchmark fails too (exit 1).")
    private FailOn failOn;

    /** Whether an undecided benchmark fails the gate. */
    public boolean undecidedFails() {
        return failOn == FailOn.UNDECIDED;
    }
}

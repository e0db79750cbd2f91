package dev.arraybench.core.gate;

/** What the gate concludes about one benchmark measured in both files. */
public enum Verdict {

    /** Significantly slower, by more than the threshold: fails the gate. */
    REGRESSION("regression"),
    /** Significantly faster, by more than the threshold. */
    IMPROVEMENT("improvement"),
    /** The whole interval of the ratio lies within plus or minus the threshold: no change that matters. */
    EQUIVALENT("equivalent"),
    /**
     * Too few samples or too much noise to say either way; never reported as a pass, and a failure with
     * {@code --fail-on undecided}.
     */
    UNDECIDED("undecided");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The lower-case word used in every output format. */
    public String label() {
        return label;
    }
}

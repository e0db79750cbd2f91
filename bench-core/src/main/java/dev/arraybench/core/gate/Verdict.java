package dev.arraybench.core.gate;

/** What the gate concludes about one benchmark measured in both files. */
public enum Verdict {

    /** Significantly slower, and the whole ratio interval lies beyond the threshold: fails the gate. */
    REGRESSION("regression"),
    /** Significantly faster, and the whole ratio interval lies beyond the threshold on the better side. */
    IMPROVEMENT("improvement"),
    /** The whole ratio interval lies within plus or minus the threshold: no change that matters. */
    EQUIVALENT("equivalent"),
    /** Too few samples or too much noise to say either way; shown, never counted as a pass or a failure. */
    INCONCLUSIVE("inconclusive");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The lower-case word used in every output format. */
    public String label() {
        return label;
    }
}

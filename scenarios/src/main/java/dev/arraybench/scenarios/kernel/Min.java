package dev.arraybench.scenarios.kernel;

/** The smallest element, a read-only reduction (see {@link Extreme}). */
public final class Min extends Extreme {

    /** The {@code min} op. */
    public Min() {
        super(true);
    }
}

package dev.arraybench.scenarios.kernel;

/** The largest element, a read-only reduction (see {@link Extreme}). */
public final class Max extends Extreme {

    /** The {@code max} op. */
    public Max() {
        super(false);
    }
}

package dev.arraybench.scenarios.check;

/** A kernel gave an answer the plain reference does not: a fast wrong answer is a bug, not a result. */
public final class KernelMismatchException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** A mismatch described by {@code message}. */
    public KernelMismatchException(String message) {
        super(message);
    }
}

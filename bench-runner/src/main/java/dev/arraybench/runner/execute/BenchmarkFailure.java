package dev.arraybench.runner.execute;


/** A benchmark that could not be measured: its kernel check failed, or its fork crashed. */
final class BenchmarkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

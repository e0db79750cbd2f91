package dev.arraybench.scenarios;

/** Runs a benchmark's calls as JMH runs them in one trial, without timing anything. */
final class AsJmh {

    private AsJmh() {
    }

    /** Runs {@code setUp}, then {@code calls}, then {@code tearDown} whatever {@code calls} does. */
    static void trial(Runnable setUp, Runnable tearDown, Runnable calls) {
        setUp.run();
        try {
            calls.run();
        } finally {
            tearDown.run();
        }
    }
}

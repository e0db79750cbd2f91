package dev.arraybench.core.gate;

/**
 * A benchmark's measured noise, on the log scale (0.02 is about 2%): how much forks differ from each other
 * beyond what their iterations explain, and how much iterations differ inside a fork.
 *
 * @param betweenForks the standard deviation of a fork's log mean around the true log mean, less the
 *     iterations' share; never negative
 * @param withinFork the standard deviation of log iteration scores inside one fork
 */
public record Noise(double betweenForks, double withinFork) {

    /** Checks both are finite and not negative. */
    public Noise {
        if (!(betweenForks >= 0 && withinFork >= 0) || Double.isInfinite(betweenForks + withinFork)) {
            throw new IllegalArgumentException("noise: " + betweenForks + " between forks, " + withinFork
                    + " within a fork (expected finite values >= 0)");
        }
    }

    /** The variance of one fork's log mean over {@code iterations} iterations. */
    public double forkMeanVariance(int iterations) {
        return betweenForks * betweenForks + withinFork * withinFork / Math.max(1, iterations);
    }
}

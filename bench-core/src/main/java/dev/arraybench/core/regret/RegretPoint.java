package dev.arraybench.core.regret;

import dev.arraybench.core.stats.Interval;

/**
 * What following a policy cost at one held-out size: the choice it made, the choice that was best, and the
 * regret, the time of the choice over the time of the best choice minus 1 (0 when the choice was best),
 * with its bootstrap interval.
 *
 * @param size elements
 * @param chosenParallel whether the policy ran the parallel variant
 * @param bestParallel whether the parallel variant was the faster (on the pooled means)
 * @param regret the regret as a fraction, such as 0.07 for 7% slower than the best choice
 */
public record RegretPoint(long size, boolean chosenParallel, boolean bestParallel, Interval regret) {
}

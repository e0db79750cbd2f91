package dev.arraybench.core.gate;

import dev.arraybench.core.stats.Interval;

/**
 * One side's mean score with its bootstrap confidence interval.
 *
 * @param mean the mean over every sample of every fork (JMH's score)
 * @param interval the hierarchical bootstrap's confidence interval of that mean
 * @param forks how many forks were measured
 * @param samples how many samples all forks hold together
 */
public record Estimate(double mean, Interval interval, int forks, int samples) {
}

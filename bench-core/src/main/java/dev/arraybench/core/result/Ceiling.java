package dev.arraybench.core.result;

/**
 * The machine's measured memory bandwidth (STREAM-like kernels over arrays far larger than the last-level
 * cache), against which every result's effective bandwidth is read.
 *
 * @param oneThreadGbPerSecond best of copy, scale and triad on one thread, in GB/s (10^9 bytes per second)
 * @param allThreadsGbPerSecond the same on {@code threads} threads
 * @param threads how many threads the all-threads figure used
 */
public record Ceiling(double oneThreadGbPerSecond, double allThreadsGbPerSecond, int threads) {
}

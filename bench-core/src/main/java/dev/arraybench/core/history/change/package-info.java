/**
 * Change points over commits: where a benchmark's series of per-commit means steps to another level, found by
 * a segmentation (E-Divisive means, or PELT for comparison) and kept only when the step is significant and at
 * least the asked size. Pure statistics on arrays of values; no database, no rendering.
 */
package dev.arraybench.core.history.change;

/**
 * The regression gate behind {@code arraybench compare}: matches the benchmarks of two results files, and
 * decides for each whether the current run is slower, faster, equivalent or undecided against the baseline.
 * Pure decisions on the result model; no JMH, no rendering.
 */
package dev.arraybench.core.gate;

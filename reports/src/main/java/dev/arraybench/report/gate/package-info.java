/**
 * Renders a regression-gate {@link dev.arraybench.core.gate.Comparison} for people (text), pull requests
 * (Markdown), tools (JSON) and CI test reports (JUnit XML). Every string that comes from a results file is
 * escaped for the format it lands in.
 */
package dev.arraybench.report.gate;

/**
 * Renders the history of runs: {@code history check}'s change points as text, Markdown, JSON or JUnit XML, and
 * {@code history report}'s page of trends over commits. Rendering only: the change points come from bench-core.
 */
package dev.arraybench.report.history;

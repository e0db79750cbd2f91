package dev.arraybench.core.result;

/**
 * One field in which the two runs' machines or JVMs differ.
 *
 * @param field the field's name, as in the results file ({@code cpuModel}, {@code jdkVersion}, ...)
 * @param baseline the baseline's value, as text
 * @param current the current value, as text
 */
public record EnvironmentDifference(String field, String baseline, String current) {
}

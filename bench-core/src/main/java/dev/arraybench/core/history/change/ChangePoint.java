package dev.arraybench.core.history.change;

/**
 * A change of level in a series: between point {@code index - 1} and point {@code index}.
 *
 * @param index the first point after the change
 * @param before the mean of the segment before it
 * @param after the mean of the segment after it
 * @param size the relative change of the mean, {@code after / before - 1}
 * @param low lower end of the size's interval at the asked confidence
 * @param high upper end of the size's interval
 * @param pValue the significance test's p-value between the two segments
 */
public record ChangePoint(int index, double before, double after, double size, double low, double high,
        double pValue) {
}

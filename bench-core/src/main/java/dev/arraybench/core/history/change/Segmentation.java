package dev.arraybench.core.history.change;

/** Proposes where a series may change level; {@link ChangePointDetector} then keeps what is real. */
public interface Segmentation {

    /** The fewest points a segment may hold: a single outlier never forms a segment of its own. */
    int MIN_SEGMENT = 3;

    /** The candidate splits of {@code values}: each the index of the first point after a change, ascending. */
    int[] splits(double[] values);

    /** The method's name, for printed tables. */
    String label();
}

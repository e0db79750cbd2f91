package dev.arraybench.core.analysis;

/** The closest non-decreasing sequence to a series in least squares (pool adjacent violators, equal weights). */
final class Isotonic {

    private Isotonic() {
    }

    /** The non-decreasing fit of {@code values}, in their order. */
    static double[] fit(double[] values) {
        int n = values.length;
        double[] means = new double[n];
        int[] widths = new int[n];
        int blocks = 0;
        for (double value : values) {
            means[blocks] = value;
            widths[blocks] = 1;
            blocks++;
            while (blocks > 1 && means[blocks - 2] > means[blocks - 1]) {
                int width = widths[blocks - 2] + widths[blocks - 1];
                means[blocks - 2] = (means[blocks - 2] * widths[blocks - 2] + means[blocks - 1] * widths[blocks - 1])
                        / width;
                widths[blocks - 2] = width;
                blocks--;
            }
        }
        double[] fit = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < widths[b]; i++) {
                fit[at++] = means[b];
            }
        }
        return fit;
    }
}

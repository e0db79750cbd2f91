package dev.arraybench.report;

/**
 * One rendered chart: a PNG, the file name it is written under, and the text that describes it.
 *
 * @param fileName a safe file name such as {@code scale-int32-native-speedup.png}
 * @param title what the chart shows, plain text (may hold strings from the results file)
 * @param caption how to read it, plain text (may hold strings from the results file)
 * @param png the encoded image
 */
record ChartImage(String fileName, String title, String caption, byte[] png) {
}

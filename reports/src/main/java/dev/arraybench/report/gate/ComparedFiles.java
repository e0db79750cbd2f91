package dev.arraybench.report.gate;

/**
 * The names of the two compared files, shown in the reports' headings.
 *
 * @param baseline the baseline file as the user named it
 * @param current the current file as the user named it
 */
public record ComparedFiles(String baseline, String current) {
}

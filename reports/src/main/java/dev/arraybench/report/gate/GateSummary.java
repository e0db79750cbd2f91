package dev.arraybench.report.gate;

import dev.arraybench.core.gate.Comparison;
import dev.arraybench.core.result.EnvironmentDifference;
import java.util.List;

/** The short forms of a comparison for a console when the full report goes to a file. */
public final class GateSummary {

    private GateSummary() {
    }

    /** The counts line, such as "12 compared: 1 regression, 0 improvements, ...". */
    public static String counts(Comparison comparison) {
        return Presentation.summary(comparison);
    }

    /** "PASS: no regression" or "FAIL: " with why. */
    public static String outcome(Comparison comparison) {
        return Presentation.outcome(comparison);
    }

    /**
     * The environment warning, several lines ending with a blank one, or the empty string when the
     * environments match. Values from the files are escaped for a terminal.
     */
    public static String environmentWarning(List<EnvironmentDifference> differences) {
        return TextGateReport.environmentWarning(differences);
    }
}

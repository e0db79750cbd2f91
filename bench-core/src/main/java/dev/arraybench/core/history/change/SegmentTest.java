package dev.arraybench.core.history.change;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.TTest;

/** The significance test between the segments on either side of a candidate change point. */
public enum SegmentTest {

    /**
     * Welch's t-test on the segments' values, as Apache Otava tests E-Divisive's candidates; each segment's
     * variance is at least the series' noise variance, so three points that happen to agree cannot look certain.
     */
    WELCH_T("Welch t") {
        @Override
        public double pValue(double[] before, double[] after, double noiseVariance) {
            return TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(
                    Mean.of(before).getAsDouble(), Math.max(noiseVariance, Variance.of(before).getAsDouble()),
                    before.length, Mean.of(after).getAsDouble(),
                    Math.max(noiseVariance, Variance.of(after).getAsDouble()), after.length).getPValue();
        }
    },

    /** The Mann-Whitney U test: on ranks, so one far outlier weighs no more than one point above the rest. */
    MANN_WHITNEY("Mann-Whitney U") {
        @Override
        public double pValue(double[] before, double[] after, double noiseVariance) {
            return MannWhitneyUTest.withDefaults().test(before, after).getPValue();
        }
    };

    private final String label;

    SegmentTest(String label) {
        this.label = label;
    }

    /**
     * The two-sided p-value of "both segments come from the same distribution", given the noise variance of
     * the whole series (0 when unknown).
     */
    public abstract double pValue(double[] before, double[] after, double noiseVariance);

    /** The test's name, for printed tables. */
    public String label() {
        return label;
    }
}

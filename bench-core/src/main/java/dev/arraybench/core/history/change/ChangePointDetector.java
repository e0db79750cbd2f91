package dev.arraybench.core.history.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Finds the change points of a series: a segmentation proposes splits, and a split is kept only when, against
 * its neighbouring splits, its two segments differ significantly at the asked confidence and the interval of
 * the relative size reaches the asked threshold. The weakest failing split is removed and the rest judged again (as Otava does), so a
 * drift that no single small step shows is still found once its segments merge.
 */
public final class ChangePointDetector {

    private final Segmentation segmentation;
    private final SegmentTest test;
    private final double threshold;
    private final double confidence;

    /**
     * @param segmentation proposes the candidate splits
     * @param test judges each candidate between its neighbouring segments
     * @param threshold the smallest relative change reported, such as 0.05
     * @param confidence the confidence a change must reach, such as 0.99
     */
    public ChangePointDetector(Segmentation segmentation, SegmentTest test, double threshold, double confidence) {
        this.segmentation = segmentation;
        this.test = test;
        this.threshold = threshold;
        this.confidence = confidence;
    }

    /** E-Divisive means whose splits {@code test} decides, at {@code threshold} and {@code confidence}. */
    public static ChangePointDetector eDivisive(SegmentTest test, double threshold, double confidence) {
        return new ChangePointDetector(new EDivisive(test, 1 - confidence), test, threshold, confidence);
    }

    /** The change points of {@code values}, oldest first. */
    public List<ChangePoint> detect(double[] values) {
        List<Integer> splits = new ArrayList<>();
        for (int split : segmentation.splits(values)) {
            splits.add(split);
        }
        while (true) {
            List<ChangePoint> judged = judge(values, splits);
            int weakest = -1;
            for (int i = 0; i < judged.size(); i++) {
                if (!passes(judged.get(i)) && (weakest < 0 || weaker(judged.get(i), judged.get(weakest)))) {
                    weakest = i;
                }
            }
            if (weakest < 0) {
                return judged;
            }
            splits.remove(weakest);
        }
    }

    /** The method's name, for printed tables. */
    public String label() {
        return segmentation.label() + " (judged by " + test.label() + ")";
    }

    /**
     * Significant, and not shown smaller than the threshold: the size's interval reaches it on the side of
     * the change (a true step of exactly the threshold has an estimate below it half the time).
     */
    private boolean passes(ChangePoint change) {
        boolean reaches = change.size() > 0 ? change.high() >= threshold : change.low() <= -threshold;
        return change.pValue() < 1 - confidence && reaches;
    }

    private static boolean weaker(ChangePoint a, ChangePoint b) {
        return a.pValue() != b.pValue() ? a.pValue() > b.pValue() : Math.abs(a.size()) < Math.abs(b.size());
    }

    private List<ChangePoint> judge(double[] values, List<Integer> splits) {
        for (int i = 0; i < splits.size(); i++) {
            int start = i == 0 ? 0 : splits.get(i - 1);
            int end = i == splits.size() - 1 ? values.length : splits.get(i + 1);
            splits.set(i, LeastSquares.bestSplit(values, start, end));
        }
        Drift.Noise noise = Drift.of(values, splits);
        List<ChangePoint> judged = new ArrayList<>(splits.size());
        for (int i = 0; i < splits.size(); i++) {
            int start = i == 0 ? 0 : splits.get(i - 1);
            int end = i == splits.size() - 1 ? values.length : splits.get(i + 1);
            judged.add(change(Arrays.copyOfRange(values, start, splits.get(i)),
                    Arrays.copyOfRange(values, splits.get(i), end), splits.get(i), noise));
        }
        return judged;
    }

    private ChangePoint change(double[] before, double[] after, int index, Drift.Noise noise) {
        double meanBefore = Mean.of(before).getAsDouble();
        double meanAfter = Mean.of(after).getAsDouble();
        double varianceBefore = Math.max(noise.variance(), Variance.of(before).getAsDouble()) / before.length;
        double varianceAfter = Math.max(noise.variance(), Variance.of(after).getAsDouble()) / after.length;
        double error = noise.inflation() * Math.sqrt(varianceBefore + varianceAfter);
        double degrees = (varianceBefore + varianceAfter) * (varianceBefore + varianceAfter)
                / (varianceBefore * varianceBefore / (before.length - 1)
                        + varianceAfter * varianceAfter / (after.length - 1));
        double quantile = degrees > 0 && Double.isFinite(degrees)
                ? TDistribution.of(degrees).inverseSurvivalProbability((1 - confidence) / 2) : 0;
        double difference = meanAfter - meanBefore;
        return new ChangePoint(index, meanBefore, meanAfter, difference / meanBefore,
                (difference - quantile * error) / meanBefore, (difference + quantile * error) / meanBefore,
                test.pValue(before, after, noise.variance()));
    }
}

package dev.arraybench.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * How much a variant's speedup moved between the rounds of an interleaved run, where each fork of a
 * benchmark comes from its own round (a different moment): the {@code k}-th fork of the variant and of the
 * baseline at a size were measured in the same round, so their ratio is that round's speedup.
 *
 * @param spread the standard deviation of the log of each round's speedup around its size's mean, pooled
 *     over the sizes measured in two rounds or more, as a fraction (0.1: rounds differ by about 10%); 0 when
 *     no size was
 * @param rounds the most rounds any size was measured in
 * @param flipping the sizes at which some round found the variant faster and another slower, ascending
 * @param within at the flipping sizes, how far from the baseline's time any round's speedup went, as a
 *     fraction (0.2: within ±20% of sequential); 0 when none flips
 */
public record RoundSpread(double spread, int rounds, List<Long> flipping, double within) {

    /** Keeps the list unchangeable. */
    public RoundSpread {
        flipping = List.copyOf(flipping);
    }

    /**
     * The spread of {@code variant} against {@code base}, both sorted by size, size for size (as a
     * break-even reads them).
     */
    public static RoundSpread of(List<KernelPoint> base, List<KernelPoint> variant) {
        double squares = 0;
        int freedom = 0;
        int rounds = 0;
        List<Long> flipping = new ArrayList<>();
        double within = 0;
        for (int i = 0; i < base.size(); i++) {
            double[][] b = base.get(i).samples();
            double[][] v = variant.get(i).samples();
            int paired = Math.min(b.length, v.length);
            rounds = Math.max(rounds, paired);
            if (paired < 2) {
                continue;
            }
            double[] logSpeedups = new double[paired];
            double mean = 0;
            for (int k = 0; k < paired; k++) {
                logSpeedups[k] = Math.log(mean(b[k]) / mean(v[k]));
                mean += logSpeedups[k] / paired;
            }
            boolean faster = false;
            boolean slower = false;
            double furthest = 0;
            for (double logSpeedup : logSpeedups) {
                squares += (logSpeedup - mean) * (logSpeedup - mean);
                faster |= logSpeedup > 0;
                slower |= logSpeedup < 0;
                furthest = Math.max(furthest, Math.abs(Math.exp(logSpeedup) - 1));
            }
            freedom += paired - 1;
            if (faster && slower) {
                flipping.add(base.get(i).size());
                within = Math.max(within, furthest);
            }
        }
        double spread = freedom == 0 ? 0 : Math.exp(Math.sqrt(squares / freedom)) - 1;
        return new RoundSpread(spread, rounds, flipping, within);
    }

    /** Whether some round found the variant faster and another slower at one size at least. */
    public boolean flips() {
        return !flipping.isEmpty();
    }

    /**
     * Widens each size's resampled log speedups, {@code profiles[r][i]}, where they spread less around the
     * size's own log speedup than the rounds of the whole run say a mean of its rounds should: by the pooled
     * between-round spread over the square root of the size's rounds. Two or three rounds of one size say
     * little about their own spread (resampling two values gives three), but the rounds of every size
     * together do, and a size whose few rounds happen to agree must not look surer than the run is.
     */
    void widen(double[][] profiles, List<KernelPoint> base, List<KernelPoint> variant) {
        double logSpread = Math.log1p(spread);
        if (logSpread <= 0 || profiles.length < 2) {
            return;
        }
        for (int i = 0; i < base.size(); i++) {
            int paired = Math.min(base.get(i).samples().length, variant.get(i).samples().length);
            double floor = logSpread * Math.sqrt(2.0 / Math.max(1, paired));
            double centre = 0;
            for (double[] profile : profiles) {
                centre += profile[i] / profiles.length;
            }
            double squares = 0;
            for (double[] profile : profiles) {
                squares += (profile[i] - centre) * (profile[i] - centre);
            }
            double deviation = Math.sqrt(squares / (profiles.length - 1));
            if (deviation > 0 && deviation < floor) {
                double scale = floor / deviation;
                for (double[] profile : profiles) {
                    profile[i] = centre + (profile[i] - centre) * scale;
                }
            }
        }
    }

    private static double mean(double[] samples) {
        double sum = 0;
        for (double sample : samples) {
            sum += sample;
        }
        return sum / samples.length;
    }
}

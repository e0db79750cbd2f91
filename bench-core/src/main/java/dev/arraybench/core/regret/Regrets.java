package dev.arraybench.core.regret;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.KernelPoint;
import dev.arraybench.core.analysis.Variant;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.core.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges thresholds by their regret against measurements they were not made from: at each held-out size,
 * the time of the policy's choice over the time of the best choice, minus 1. The interval comes from the
 * project's one bootstrap: each resample redraws the baseline's and the variant's forks (each fork is one
 * round of the validating run, a different moment), takes the best choice of that resample and the regret
 * of the policy's choice against it.
 */
public final class Regrets {

    private Regrets() {
    }

    /**
     * The regret of every threshold of {@code advice} and of every {@link Policy}, at every size where
     * {@code measured} holds both the threshold's variant and the baseline of its case.
     *
     * @param thresholds how to name the thresholds file in the report
     * @param machine the machine the measurements come from
     */
    public static RegretReport of(Advice advice, String thresholds, Analysis measured,
            EnvironmentFingerprint machine) {
        List<VariantRegret> variants = new ArrayList<>();
        TreeSet<Long> sizes = new TreeSet<>();
        for (Threshold threshold : advice.thresholds()) {
            Map<Long, KernelPoint[]> pairs = pairs(threshold, measured);
            if (pairs.isEmpty()) {
                continue;
            }
            sizes.addAll(pairs.keySet());
            List<PolicyRegret> policies = new ArrayList<>();
            for (Policy policy : Policy.values()) {
                Long from = policy.parallelFrom(threshold);
                List<RegretPoint> points = new ArrayList<>();
                long stream = 0;
                for (Map.Entry<Long, KernelPoint[]> pair : pairs.entrySet()) {
                    boolean parallel = from != null && pair.getKey() >= from;
                    points.add(point(pair.getKey(), parallel, pair.getValue()[0], pair.getValue()[1], stream));
                    stream += 2;
                }
                policies.add(new PolicyRegret(policy, from, points));
            }
            variants.add(new VariantRegret(threshold, policies));
        }
        return new RegretReport(machine, thresholds, List.copyOf(sizes), variants);
    }

    /** The regret at one size of choosing parallel (or not), from the baseline's and the variant's forks. */
    static RegretPoint point(long size, boolean parallel, KernelPoint base, KernelPoint variant, long stream) {
        HierarchicalBootstrap bootstrap = HierarchicalBootstrap.analysis();
        double baseMean = HierarchicalBootstrap.pooledMean(base.samples());
        double variantMean = HierarchicalBootstrap.pooledMean(variant.samples());
        double[] baseMeans = bootstrap.resampledMeans(base.samples(), stream);
        double[] variantMeans = bootstrap.resampledMeans(variant.samples(), stream + 1);
        double[] regrets = new double[baseMeans.length];
        for (int r = 0; r < regrets.length; r++) {
            regrets[r] = regret(parallel, baseMeans[r], variantMeans[r]);
        }
        Interval regret = bootstrap.interval(regret(parallel, baseMean, variantMean), regrets);
        return new RegretPoint(size, parallel, variantMean < baseMean, regret);
    }

    /**
     * The time of the choice over the time of the faster, minus 1; 0 when a resample spread so far that a
     * time is not positive (two very different forks, their spread restored), where no ratio is meaningful.
     */
    static double regret(boolean parallel, double baseNanos, double variantNanos) {
        double chosen = parallel ? variantNanos : baseNanos;
        double best = Math.min(baseNanos, variantNanos);
        return best <= 0 ? 0 : Math.max(0, chosen / best - 1);
    }

    /** The baseline's and the variant's points of {@code threshold}'s case, by size, where both were measured. */
    private static Map<Long, KernelPoint[]> pairs(Threshold threshold, Analysis measured) {
        List<String> kase = List.copyOf(threshold.kase().values());
        Map<Long, KernelPoint> base = new TreeMap<>();
        Map<Long, KernelPoint> variant = new TreeMap<>();
        for (KernelPoint point : measured.points()) {
            if (!point.kase().values().equals(kase)) {
                continue;
            }
            Variant v = point.variant();
            if (v.baseline()) {
                base.put(point.size(), point);
            } else if (v.strategy().equals(threshold.strategy()) && v.pool().equals(threshold.pool())
                    && v.threads() == threshold.threads()) {
                variant.put(point.size(), point);
            }
        }
        Map<Long, KernelPoint[]> pairs = new TreeMap<>();
        variant.forEach((size, point) -> {
            if (base.containsKey(size)) {
                pairs.put(size, new KernelPoint[] {base.get(size), point});
            }
        });
        return pairs;
    }
}

package dev.arraybench.core.advice;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.analysis.KernelPoint;
import dev.arraybench.core.analysis.WinRegion;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.thresholds.CpuId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code arraybench advise} writes: the machine that measured, and one {@link Threshold} per case and
 * variant that has a break-even.
 *
 * @param machine the fingerprint of the machine and JVM the thresholds hold for
 * @param policy how each threshold's {@code parallelFrom} was chosen from its break-even
 * @param thresholds one per case and variant
 */
public record Advice(EnvironmentFingerprint machine, AdvicePolicy policy, List<Threshold> thresholds) {

    /** The schema of the thresholds file of one machine. */
    public static final String SCHEMA = "arraybench-thresholds/1";

    /** The schema of the thresholds file of several machine classes, one set of thresholds each. */
    public static final String FLEET_SCHEMA = "arraybench-thresholds/2";

    /** Keeps the list unchangeable. */
    public Advice {
        thresholds = List.copyOf(thresholds);
    }

    /** The advice of {@code analysis}, measured on {@code machine}, at least expected regret. */
    public static Advice of(Analysis analysis, EnvironmentFingerprint machine) {
        return of(analysis, machine, AdvicePolicy.REGRET);
    }

    /** The advice of {@code analysis}, measured on {@code machine}, by {@code policy}. */
    public static Advice of(Analysis analysis, EnvironmentFingerprint machine, AdvicePolicy policy) {
        List<Threshold> thresholds = new ArrayList<>();
        for (Case kase : analysis.cases()) {
            for (BreakEven b : analysis.breakEvens(kase)) {
                List<WinRegion.Band> bands = analysis.winRegions(kase).stream()
                        .filter(w -> w.variant().equals(b.variant())).findFirst().map(WinRegion::bands)
                        .orElse(List.of());
                boolean located = b.kind() == BreakEven.Kind.BETWEEN || b.kind() == BreakEven.Kind.FROM_SMALLEST;
                long from = policy.parallelFrom(b);
                thresholds.add(new Threshold(caseParams(analysis, kase), b.variant().strategy(), b.variant().pool(),
                        b.variant().threads(), from < 0 ? null : from, located ? b.size() : null,
                        located ? b.crossing().low() : null,
                        located && Double.isFinite(b.crossing().high()) ? b.crossing().high() : null, bands));
            }
        }
        return new Advice(machine, policy, thresholds);
    }

    /**
     * The machine class's label: CPU model (with family and model numbers where recorded), cores and JDK, such
     * as {@code AMD EPYC (family 26, model 2), 2 cores, JDK Eclipse Adoptium 25.0.3+9-LTS}.
     */
    public String label() {
        CpuId id = machine.machine().cpuId();
        String numbers = id.family() == null || id.model() == null ? ""
                : " (family " + id.family() + ", model " + id.model() + ")";
        return machine.cpuModel() + numbers + ", " + machine.cores() + " cores, JDK " + machine.jdkVendor() + " "
                + machine.jdkVersion();
    }

    /** The case's parameters by name, read from one of its points (the benchmark first when it is part of it). */
    private static Map<String, String> caseParams(Analysis analysis, Case kase) {
        KernelPoint point = analysis.points(kase).get(0);
        List<String> names = analysis.dimensions().caseParams(point.result().params().keySet());
        Map<String, String> params = new LinkedHashMap<>();
        int offset = kase.values().size() - names.size();
        if (offset == 1) {
            params.put("benchmark", kase.values().get(0));
        }
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), kase.values().get(i + offset));
        }
        return params;
    }
}

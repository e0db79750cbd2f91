package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.traffic.Traffic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code copy-parallel}'s time goes at one size: the phase scenarios' measured time per call for
 * allocate, copy-out, process and copy-back, beside the traffic model's bytes per element for the same
 * phases.
 *
 * @param kase the op, dtype and layout
 * @param threads the threads the process phase ran on
 * @param size elements
 * @param measured mean nanoseconds per call with intervals, by phase name, in {@link #PHASES} order; a
 *     phase that was not measured is absent
 * @param model the traffic model's bytes per element, {@code null} for an op or dtype this version does
 *     not know
 */
public record PhaseBreakdown(Case kase, int threads, long size, Map<String, Interval> measured, Traffic model) {

    /** The phase names as the phase scenario's methods spell them, in the order they run. */
    public static final List<String> PHASES = List.of("allocate", "copyOut", "process",
            "copyBack");

    /** Keeps the phases unchangeable. */
    public PhaseBreakdown {
        measured = Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }

    /** The sum of the measured phases' mean times in nanoseconds. */
    public double measuredTotal() {
        return measured.values().stream().mapToDouble(Interval::estimate).sum();
    }

    /** The traffic model's bytes per element for {@code phase}, {@code NaN} without a model. */
    public double modelBytes(String phase) {
        if (model == null) {
            return Double.NaN;
        }
        return switch (phase) {
            case "allocate" -> model.allocate();
            case "copyOut" -> model.copyOut();
            case "process" -> model.process();
            case "copyBack" -> model.copyBack();
            default -> Double.NaN;
        };
    }
}

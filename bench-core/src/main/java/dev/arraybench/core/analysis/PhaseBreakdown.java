package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.Interval;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one variant's time goes at one size (for arraybench, {@code copy-parallel}): the phase scenario's
 * measured time per call for each phase (allocate, copy-out, process, copy-back), beside the bytes per
 * element each phase moves as the results file records them.
 *
 * @param kase the op, dtype and layout
 * @param threads the threads the process phase ran on
 * @param size elements
 * @param measured mean nanoseconds per call with intervals, by phase name, in the order the phases run; a
 *     phase that was not measured is absent
 * @param model bytes per element by phase name, as recorded; a phase without a figure is absent
 */
public record PhaseBreakdown(Case kase, int threads, long size, Map<String, Interval> measured,
        Map<String, Double> model) {

    /** Keeps the phases unchangeable. */
    public PhaseBreakdown {
        measured = Collections.unmodifiableMap(new LinkedHashMap<>(measured));
        model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    /** The sum of the measured phases' mean times in nanoseconds. */
    public double measuredTotal() {
        return measured.values().stream().mapToDouble(Interval::estimate).sum();
    }

    /** The recorded bytes per element of {@code phase}, {@code NaN} when not known. */
    public double modelBytes(String phase) {
        return model.getOrDefault(phase, Double.NaN);
    }

    /** The recorded bytes per element of every phase together. */
    public double modelTotal() {
        return model.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Whether any phase's bytes per element are known. */
    public boolean hasModel() {
        return !model.isEmpty();
    }
}

package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures how often the gate gives each verdict on seeded synthetic runs with known truth: the
 * false-alarm rate (regressions found when nothing changed) and the detection rate (regressions found
 * when the code became 10% slower).
 */
final class GateSimulation {

    /** Simulated comparisons per scenario. */
    static final int PAIRS = 1000;

    /** The true mean of every baseline, in microseconds per operation. */
    private static final double MEAN = 100;

    private GateSimulation() {
    }

    /** How often each verdict came out of {@link #PAIRS} comparisons. */
    record Rates(Map<Verdict, Integer> counts, int pairs) {

        double rate(Verdict verdict) {
            return counts.getOrDefault(verdict, 0) / (double) pairs;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (Verdict verdict : Verdict.values()) {
                text.append(String.format(Locale.ROOT, "  %s %5.1f%%", verdict.label(), 100 * rate(verdict)));
            }
            return text.toString().trim();
        }
    }

    /**
     * Compares {@link #PAIRS} seeded pairs: a baseline whose true time per operation is 100 us against a
     * current run whose true time is {@code 100 * slowdown} us, measured as time per operation or, with
     * {@code throughput}, as operations per time.
     */
    static Rates run(SyntheticRuns noise, double slowdown, boolean throughput, GateSettings settings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int i = 0; i < PAIRS; i++) {
            BenchmarkResult baseline = throughput ? noise.thrpt(MEAN, random) : noise.avgt(MEAN, random);
            BenchmarkResult current = throughput ? noise.thrpt(MEAN * slowdown, random)
                    : noise.avgt(MEAN * slowdown, random);
            GateSettings each = new GateSettings(settings.threshold(), settings.confidence(), random.nextLong(),
                    false);
            counts.merge(Gate.decide(baseline, current, each).verdict(), 1, Integer::sum);
        }
        return new Rates(counts, PAIRS);
    }

    /** The table in {@code docs/ci.md}: every verdict's rate for several forks x iterations settings. */
    static String table(int[][] shapes) {
        GateSettings defaults = GateSettings.defaults();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d seeded pairs per cell; noise per side: %s; threshold 5%%, confidence 99%%%n", PAIRS,
                SyntheticRuns.realistic(1, 1).describe()));
        for (int[] shape : shapes) {
            SyntheticRuns noise = SyntheticRuns.realistic(shape[0], shape[1]);
            text.append(String.format(Locale.ROOT, "%2d forks x %2d iterations%n", shape[0], shape[1]));
            text.append("  no change (A/A):  ").append(run(noise, 1.0, false, defaults, 11)).append('\n');
            text.append("  10% slower:       ").append(run(noise, 1.10, false, defaults, 12)).append('\n');
            text.append("  10% faster:       ").append(run(noise, 1 / 1.10, false, defaults, 13)).append('\n');
        }
        return text.toString();
    }
}

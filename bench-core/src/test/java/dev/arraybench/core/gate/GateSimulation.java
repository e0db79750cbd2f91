package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures how often the gate gives each verdict on seeded synthetic runs with known truth: the
 * false-alarm rate (regressions found when nothing changed) and the detection rate (regressions found
 * when the code became slower), for separate runs and for interleaved ones.
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
     * One row of the table: how the runs are measured and compared.
     *
     * @param label what the row shows
     * @param noise the runs' shape and noise
     * @param paired whether the gate pairs neighbouring forks (an interleaved {@code ab} run)
     */
    record Setting(String label, SyntheticRuns noise, boolean paired) {
    }

    /** The rows of the table in {@code docs/ci.md}. */
    static final List<Setting> SETTINGS = List.of(
            new Setting("1 fork x 10 (separate runs)", SyntheticRuns.realistic(1, 10), false),
            new Setting("3 forks x 10 (separate runs)", SyntheticRuns.realistic(3, 10), false),
            new Setting("5 forks x 10 (separate runs)", SyntheticRuns.realistic(5, 10), false),
            new Setting("10 forks x 10 (separate runs)", SyntheticRuns.realistic(10, 10), false),
            new Setting("6 forks x 10, interleaved, paired", interleaved(6), true),
            new Setting("6 forks x 10, interleaved, not paired", interleaved(6), false),
            new Setting("1 fork x 10, true between-fork noise 5%", SyntheticRuns.realistic(1, 10)
                    .withSpreads(0.05, 0.03, 0.02), false));

    /** Interleaved runs: the realistic noise plus a 2% drift of the machine shared by neighbouring forks. */
    static SyntheticRuns interleaved(int forks) {
        return SyntheticRuns.realistic(forks, 10).withDrift(0.02);
    }

    /** Where each simulated comparison's baseline and current run come from. */
    @FunctionalInterface
    interface Pairs {

        /** A baseline and a current run. */
        BenchmarkResult[] next(SplittableRandom random);
    }

    /**
     * Compares {@link #PAIRS} seeded pairs: a baseline whose true time per operation is 100 us against a
     * current run whose true time is {@code 100 * slowdown} us, measured as time per operation or, with
     * {@code throughput}, as operations per time.
     */
    static Rates run(SyntheticRuns noise, double slowdown, boolean throughput, GateSettings settings, long seed) {
        return run(random -> noise.pair(MEAN, slowdown, throughput, random), settings, seed);
    }

    /** Compares {@link #PAIRS} seeded pairs from {@code pairs}. */
    static Rates run(Pairs pairs, GateSettings settings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int i = 0; i < PAIRS; i++) {
            BenchmarkResult[] pair = pairs.next(random);
            GateSettings each = settings.withSeed(random.nextLong());
            counts.merge(Gate.decide(pair[0], pair[1], each).verdict(), 1, Integer::sum);
        }
        return new Rates(counts, PAIRS);
    }

    /**
     * A/A and slowed-down comparisons drawn from recorded forks, {@code perSide} forks a side, at the default
     * threshold and {@code confidence}; the gate pairs forks when they are drawn as neighbours.
     */
    static Rates run(RecordedForks recorded, int perSide, RecordedForks.Draw draw, double slowdown,
            double confidence, long seed) {
        GateSettings settings = new GateSettings(GateSettings.DEFAULT_THRESHOLD, confidence,
                GateSettings.DEFAULT_SEED, false).withPaired(draw == RecordedForks.Draw.NEIGHBOURS);
        return run(random -> recorded.pair(perSide, draw, slowdown, random), settings, seed);
    }

    /** The rates of one row at the default threshold and confidence. */
    static Rates run(Setting setting, double slowdown, long seed) {
        return run(setting.noise(), slowdown, false, GateSettings.defaults().withPaired(setting.paired()), seed);
    }

    /** The table in {@code docs/ci.md}, as Markdown. */
    static String table() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d seeded pairs per cell; noise per side: %s; interleaved rows add %s; threshold 5%%, "
                        + "confidence 99%%%n%n", PAIRS, SyntheticRuns.realistic(1, 1).describe(),
                "a 2% drift shared by neighbouring forks"));
        text.append("| forks x iterations a side | A/A: regression (false alarm) | A/A: equivalent | A/A: undecided "
                + "| 10% slower: regression | 20% slower: regression | +372% (x4.72): regression |\n");
        text.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        long seed = 100;
        for (Setting setting : SETTINGS) {
            Rates same = run(setting, 1.0, seed++);
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", setting.label(),
                    percent(same.rate(Verdict.REGRESSION)), percent(same.rate(Verdict.EQUIVALENT)),
                    percent(same.rate(Verdict.UNDECIDED)),
                    percent(run(setting, 1.10, seed++).rate(Verdict.REGRESSION)),
                    percent(run(setting, 1.20, seed++).rate(Verdict.REGRESSION)),
                    percent(run(setting, 4.72, seed++).rate(Verdict.REGRESSION))));
        }
        return text.toString();
    }

    /** The recordings of real forks committed in {@code docs/results}, read from a module's directory. */
    static List<RecordedForks> recordings() {
        return List.of(
                RecordedForks.load(Path.of("../docs/results/aa-scale-1M.json"),
                        "scale int32 1M, sequential"),
                RecordedForks.load(Path.of("../docs/results/aa-scale-1M-spin.json"),
                        "scale int32 1M, zero-copy-parallel spin"));
    }

    /** One row of the recorded-forks table: forks a side, how they are drawn, and the confidence. */
    record RecordedSetting(int perSide, RecordedForks.Draw draw, double confidence) {

        String label() {
            return String.format(Locale.ROOT, "%d forks a side, %s, %.1f%%", perSide, draw.label(),
                    100 * confidence);
        }
    }

    /** The rows of the recorded-forks table in {@code docs/ci.md}. */
    static final List<RecordedSetting> RECORDED_SETTINGS = List.of(
            new RecordedSetting(2, RecordedForks.Draw.INDEPENDENT, 0.99),
            new RecordedSetting(2, RecordedForks.Draw.NEIGHBOURS, 0.99),
            new RecordedSetting(2, RecordedForks.Draw.NEIGHBOURS, 0.999),
            new RecordedSetting(6, RecordedForks.Draw.NEIGHBOURS, 0.99),
            new RecordedSetting(15, RecordedForks.Draw.INDEPENDENT, 0.99),
            new RecordedSetting(15, RecordedForks.Draw.CONSECUTIVE, 0.99),
            new RecordedSetting(15, RecordedForks.Draw.CONSECUTIVE, 0.999));

    /** The table of rates on recorded forks in {@code docs/ci.md}, as Markdown. */
    static String recordedTable() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d pairs per cell drawn from recorded forks (5 iterations of 100 ms each); threshold 5%%%n%n",
                PAIRS));
        text.append("| recorded forks | forks a side, how drawn, confidence | A/A: regression (false alarm) "
                + "| A/A: equivalent | A/A: undecided | 10% slower: regression | 20% slower: regression |\n");
        text.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        long seed = 200;
        for (RecordedForks recorded : recordings()) {
            for (RecordedSetting row : RECORDED_SETTINGS) {
                Rates same = run(recorded, row.perSide(), row.draw(), 1.0, row.confidence(), seed++);
                text.append(String.format(Locale.ROOT, "| %s (%d) | %s | %s | %s | %s | %s | %s |%n",
                        recorded.label(), recorded.forks().length, row.label(),
                        percent(same.rate(Verdict.REGRESSION)), percent(same.rate(Verdict.EQUIVALENT)),
                        percent(same.rate(Verdict.UNDECIDED)),
                        percent(run(recorded, row.perSide(), row.draw(), 1.10, row.confidence(), seed++)
                                .rate(Verdict.REGRESSION)),
                        percent(run(recorded, row.perSide(), row.draw(), 1.20, row.confidence(), seed++)
                                .rate(Verdict.REGRESSION))));
            }
        }
        return text.toString();
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}

package dev.arraybench.core.gate;

/**
 * How the gate decides.
 *
 * @param threshold the smallest relative change that matters, as a fraction: {@code 0.05} means a
 *     benchmark must take 5% more time per operation (or do 5% fewer operations per time) to be a
 *     regression; above 0 and below 1
 * @param confidence the confidence level of the bootstrap intervals, as a fraction; the test must
 *     reach a p-value below {@code 1 - confidence}; from 0.5 to 0.999
 * @param seed the bootstrap's random seed: the same files and seed always give the same verdicts
 * @param strict whether a benchmark present in only one of the two files fails the gate
 * @param paired whether the two runs were interleaved fork by fork (A B B A ...), so that the i-th forks of
 *     both sides ran next to each other and can be paired
 * @param failOnUndecided whether an undecided benchmark fails the gate too
 * @param calibration the measured noise of each benchmark, used for a side with one fork
 */
public record GateSettings(double threshold, double confidence, long seed, boolean strict, boolean paired,
        boolean failOnUndecided, Calibration calibration) {

    /** Default threshold: 5%. */
    public static final double DEFAULT_THRESHOLD = 0.05;
    /** Default confidence: 99%. */
    public static final double DEFAULT_CONFIDENCE = 0.99;
    /** Default seed. */
    public static final long DEFAULT_SEED = 1;
    /** The highest confidence level the bootstrap resolves. */
    public static final double MAX_CONFIDENCE = 0.999;

    private static final int MIN_RESAMPLES = 2000;
    private static final int RESAMPLES_PER_TAIL = 10;

    /**
     * The between-fork noise assumed for a side measured with one fork when no calibration says otherwise:
     * 3% on the log scale, half again the 2% the gate's simulations model.
     */
    public static final double ASSUMED_BETWEEN_FORK_NOISE = 0.03;

    /** Settings for two runs that were not interleaved, with no calibration; undecided does not fail. */
    public GateSettings(double threshold, double confidence, long seed, boolean strict) {
        this(threshold, confidence, seed, strict, false, false, Calibration.NONE);
    }

    /** Checks both fractions are in range; a missing calibration is {@link Calibration#NONE}. */
    public GateSettings {
        calibration = calibration == null ? Calibration.NONE : calibration;
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold: " + threshold + " (expected above 0 and below 1)");
        }
        if (!(confidence >= 0.5 && confidence <= MAX_CONFIDENCE)) {
            throw new IllegalArgumentException("confidence: " + confidence + " (expected from 0.5 to "
                    + MAX_CONFIDENCE + ")");
        }
    }

    /** The defaults: 5% threshold, 99% confidence, seed 1, not strict. */
    public static GateSettings defaults() {
        return new GateSettings(DEFAULT_THRESHOLD, DEFAULT_CONFIDENCE, DEFAULT_SEED, false);
    }

    /** A copy that pairs neighbouring forks or not. */
    public GateSettings withPaired(boolean pairedForks) {
        return new GateSettings(threshold, confidence, seed, strict, pairedForks, failOnUndecided, calibration);
    }

    /** A copy in which an undecided benchmark fails the gate or not. */
    public GateSettings withFailOnUndecided(boolean fail) {
        return new GateSettings(threshold, confidence, seed, strict, paired, fail, calibration);
    }

    /** A copy that takes the between-fork noise of one-fork sides from {@code noise}. */
    public GateSettings withCalibration(Calibration noise) {
        return new GateSettings(threshold, confidence, seed, strict, paired, failOnUndecided, noise);
    }

    /** A copy with another seed. */
    public GateSettings withSeed(long newSeed) {
        return new GateSettings(threshold, confidence, newSeed, strict, paired, failOnUndecided, calibration);
    }

    /** The significance level the test must beat: {@code 1 - confidence}. */
    public double alpha() {
        return 1 - confidence;
    }

    /**
     * Bootstrap resamples per benchmark: at least 2,000, and enough that each tail of the interval holds
     * at least 10 resamples (2,000 at 99%, 20,000 at 99.9%).
     */
    public int resamples() {
        return Math.max(MIN_RESAMPLES, (int) Math.ceil(RESAMPLES_PER_TAIL / (alpha() / 2)));
    }
}

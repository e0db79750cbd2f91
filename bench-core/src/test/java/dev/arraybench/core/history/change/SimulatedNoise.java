package dev.arraybench.core.history.change;

import dev.arraybench.core.result.ResultsCodec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The run-to-run noise of the simulated histories: a relative error of a given standard deviation whose
 * shape (heavy tails, outliers) and drift (lag-1 autocorrelation) come either from a normal distribution or
 * from forks recorded one after the other on this machine ({@code docs/results/aa-scale-1M*.json}).
 *
 * @param label which noise, for the printed table
 * @param shape standardised residuals drawn from (mean 0, standard deviation 1), or empty for normal noise
 * @param drift the lag-1 autocorrelation of consecutive runs
 */
record SimulatedNoise(String label, double[] shape, double drift) {

    /** Independent normal noise, drawn through Commons Statistics. */
    static SimulatedNoise normal() {
        return new SimulatedNoise("normal, independent", new double[0], 0);
    }

    /** The noise of the first benchmark's forks in {@code file}, in the order they ran. */
    static SimulatedNoise recorded(String file, String label) {
        double[] means = Arrays.stream(ResultsCodec.read(Path.of(file)).benchmarks().get(0).forks())
                .mapToDouble(fork -> Arrays.stream(fork).average().orElseThrow()).toArray();
        double mean = Arrays.stream(means).average().orElseThrow();
        double[] residuals = Arrays.stream(means).map(m -> m / mean - 1).toArray();
        double variance = Arrays.stream(residuals).map(r -> r * r).sum() / (residuals.length - 1);
        double lagged = 0;
        for (int i = 1; i < residuals.length; i++) {
            lagged += residuals[i] * residuals[i - 1];
        }
        double drift = lagged / Arrays.stream(residuals).map(r -> r * r).sum();
        double sd = Math.sqrt(variance);
        return new SimulatedNoise(label, Arrays.stream(residuals).map(r -> r / sd).toArray(), drift);
    }

    /** {@code n} relative errors of standard deviation {@code sd}: AR(1) with this drift and shape. */
    double[] draw(int n, double sd, SplittableRandom random) {
        UniformRandomProvider source = random::nextLong;
        ContinuousDistribution.Sampler normal = NormalDistribution.of(0, 1).createSampler(source);
        double innovation = Math.sqrt(1 - drift * drift);
        double[] errors = new double[n];
        double state = next(normal, random);
        for (int i = 0; i < n; i++) {
            state = i == 0 ? state : drift * state + innovation * next(normal, random);
            errors[i] = sd * state;
        }
        return errors;
    }

    private double next(ContinuousDistribution.Sampler normal, SplittableRandom random) {
        return shape.length == 0 ? normal.sample() : shape[random.nextInt(shape.length)];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimulatedNoise noise && label.equals(noise.label);
    }

    @Override
    public int hashCode() {
        return label.hashCode();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s (lag-1 autocorrelation %.2f)", label, drift);
    }
}

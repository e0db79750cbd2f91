package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.RunResults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The noise of each benchmark on one machine, measured from two or more results files of the same code
 * (A/A), and the forks each needs for the gate to decide a change of the threshold's size. {@code compare}
 * takes the between-fork noise of a side measured with one fork from here.
 *
 * @param environment the machine the files were measured on
 * @param threshold the change the forks needed are computed for, as a fraction
 * @param confidence the confidence they are computed at, as a fraction
 * @param benchmarks one entry per benchmark, in the first file's order
 */
public record Calibration(EnvironmentFingerprint environment, double threshold, double confidence,
        List<Entry> benchmarks) {

    /** No calibration: every one-fork side gets {@link GateSettings#ASSUMED_BETWEEN_FORK_NOISE}. */
    public static final Calibration NONE = new Calibration(null, GateSettings.DEFAULT_THRESHOLD,
            GateSettings.DEFAULT_CONFIDENCE, List.of());

    /** Copies the list. */
    public Calibration {
        benchmarks = List.copyOf(benchmarks);
    }

    /**
     * One benchmark's noise.
     *
     * @param id the benchmark
     * @param files how many files measured it
     * @param forks how many forks all files hold together
     * @param iterations measured iterations per fork (the most common count)
     * @param noise its between-fork and within-fork noise, on the log scale
     * @param forksNeeded forks per side at {@code iterations} iterations that find a change of the threshold
     *     80% of the time at the confidence, comparing two separate runs
     */
    public record Entry(BenchmarkId id, int files, int forks, int iterations, Noise noise, int forksNeeded) {
    }

    /** The measured noise of {@code id}, if this calibration holds it. */
    public Optional<Noise> noise(BenchmarkId id) {
        return benchmarks.stream().filter(e -> e.id().equals(id)).map(Entry::noise).findFirst();
    }

    /**
     * Measures every benchmark present in at least two of {@code files}, all of the same code on one
     * machine.
     *
     * @throws IllegalArgumentException when fewer than two files are given or no benchmark is in two of them
     */
    public static Calibration measure(List<RunResults> files, double threshold, double confidence) {
        if (files.size() < 2) {
            throw new IllegalArgumentException("calibrate: " + files.size() + " results file(s) (expected at "
                    + "least 2 of the same code)");
        }
        Map<BenchmarkId, List<BenchmarkResult>> byId = new LinkedHashMap<>();
        for (RunResults file : files) {
            for (BenchmarkResult result : file.benchmarks()) {
                byId.computeIfAbsent(BenchmarkId.of(result), id -> new ArrayList<>()).add(result);
            }
        }
        List<Entry> entries = new ArrayList<>();
        byId.forEach((id, results) -> {
            if (results.size() >= 2) {
                entries.add(entry(id, results, threshold, 1 - confidence));
            }
        });
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("calibrate: no benchmark appears in two of the files (expected "
                    + "files of the same benchmarks)");
        }
        return new Calibration(EnvironmentFingerprint.of(files.get(0).environment()), threshold, confidence,
                entries);
    }

    private static Entry entry(BenchmarkId id, List<BenchmarkResult> results, double threshold, double alpha) {
        List<double[]> forks = new ArrayList<>();
        results.forEach(r -> forks.addAll(List.of(r.forks())));
        double[] logMeans = ForkTest.logForkMeans(forks.toArray(double[][]::new));
        double withinSum = 0;
        int withinDf = 0;
        Map<Integer, Integer> lengths = new LinkedHashMap<>();
        for (double[] fork : forks) {
            lengths.merge(fork.length, 1, Integer::sum);
            if (fork.length >= 2) {
                double[] logs = Arrays.stream(fork).map(Math::log).toArray();
                withinSum += ForkTest.variance(logs) * (fork.length - 1);
                withinDf += fork.length - 1;
            }
        }
        int iterations = lengths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double within = withinDf == 0 ? 0 : withinSum / withinDf;
        double between = Math.max(0, ForkTest.variance(logMeans) - within / iterations);
        Noise noise = new Noise(Math.sqrt(between), Math.sqrt(within));
        int needed = ForkTest.forksNeeded(noise.forkMeanVariance(iterations), threshold, alpha);
        return new Entry(id, results.size(), forks.size(), iterations, noise, needed);
    }
}

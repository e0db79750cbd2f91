package dev.arraybench.core.result;

import java.nio.file.Path;
import java.util.List;

/** Checks, once at reading, every value that analysis, reports and the gate rely on. */
final class ResultsValidator {

    private ResultsValidator() {
    }

    static void check(Path file, RunResults results) {
        if (results.environment() == null) {
            throw new ResultsFileException(file, "no \"environment\" (expected the machine the run measured on)");
        }
        if (results.benchmarks() == null) {
            throw new ResultsFileException(file, "no \"benchmarks\" list");
        }
        List<BenchmarkResult> benchmarks = results.benchmarks();
        for (int index = 0; index < benchmarks.size(); index++) {
            check(file, index, benchmarks.get(index));
        }
    }

    private static void check(Path file, int index, BenchmarkResult result) {
        String which = "benchmark #" + (index + 1);
        if (result == null || result.benchmark() == null || result.params() == null) {
            throw new ResultsFileException(file, which + ": no name or parameters");
        }
        which += " (" + result.benchmark() + " " + result.params() + ")";
        if (result.mode() == null || result.unit() == null) {
            throw new ResultsFileException(file, which + ": no mode or unit");
        }
        if (!(result.score() >= 0) || Double.isInfinite(result.score())) {
            throw new ResultsFileException(file, which + ": score " + result.score()
                    + " (expected a finite number >= 0)");
        }
        if (result.samples() == null || result.samples().isEmpty()
                || result.samples().stream().anyMatch(fork -> fork == null || fork.isEmpty())) {
            throw new ResultsFileException(file, which + ": no raw samples (expected at least one per fork)");
        }
        for (List<Double> fork : result.samples()) {
            for (Double sample : fork) {
                if (sample == null || !(sample >= 0) || sample.isInfinite()) {
                    throw new ResultsFileException(file, which + ": sample " + sample
                            + " (expected finite numbers >= 0)");
                }
            }
        }
    }
}

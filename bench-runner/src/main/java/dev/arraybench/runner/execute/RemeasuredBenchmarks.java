package dev.arraybench.runner.execute;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.RunResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one entry per benchmark when a benchmark is measured again for more forks: the entries of the same
 * benchmark and parameters become one that carries every fork, in the order measured, its score the mean
 * of every sample and its error the normal approximation of JMH's 99.9% interval.
 */
public final class RemeasuredBenchmarks {

    /** The z value of a two-sided 99.9% interval, JMH's confidence level. */
    private static final double Z_999 = 3.2905;

    private RemeasuredBenchmarks() {
    }

    /** {@code results} with repeated benchmarks merged, each where it first appeared. */
    public static RunResults merge(RunResults results) {
        Map<List<Object>, BenchmarkResult> merged = new LinkedHashMap<>();
        for (BenchmarkResult result : results.benchmarks()) {
            merged.merge(List.of(result.benchmark(), result.params()), result, RemeasuredBenchmarks::merge);
        }
        if (merged.size() == results.benchmarks().size()) {
            return results;
        }
        return new RunResults(results.schema(), results.environment(), results.settings(), results.ceiling(),
                results.dimensions(), List.copyOf(merged.values()));
    }

    /** One result with the forks of both, {@code first}'s first. */
    static BenchmarkResult merge(BenchmarkResult first, BenchmarkResult second) {
        List<List<Double>> forks = new ArrayList<>(first.samples());
        forks.addAll(second.samples());
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (List<Double> fork : forks) {
            for (double value : fork) {
                sum += value;
                squares += value * value;
                count++;
            }
        }
        double mean = sum / count;
        double variance = count > 1 ? Math.max(0, (squares - count * mean * mean) / (count - 1)) : 0;
        double error = Z_999 * Math.sqrt(variance / count);
        Double bytes = first.derived() == null ? null : first.derived().bytesPerElement();
        Double allocated = first.derived() == null ? null : first.derived().bytesAllocatedPerOp();
        return new BenchmarkResult(first.benchmark(), first.params(), first.mode(), first.unit(), mean, error,
                mean - error, mean + error, forks, DerivedFigures.of(first.params(), DerivedFigures.SIZE, mean,
                        first.unit(), allocated, bytes));
    }
}

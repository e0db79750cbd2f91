package dev.arraybench.core.gate;

import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.EnvironmentDifference;
import java.util.List;

/**
 * Everything the gate found comparing two results files.
 *
 * @param settings how it decided
 * @param benchmarks one decision per benchmark present in both files, in the current file's order
 * @param onlyInBaseline benchmarks the current file lacks (removed, renamed, or not run)
 * @param onlyInCurrent benchmarks the baseline lacks (new)
 * @param baselineEnvironment the baseline's machine and JVM
 * @param currentEnvironment the current machine and JVM
 * @param environmentDifferences every fingerprint field that differs; empty when the machines match
 * @param warnings what the reader should know about the inputs, such as a file measured in-process
 */
public record Comparison(
        GateSettings settings,
        List<BenchmarkComparison> benchmarks,
        List<BenchmarkId> onlyInBaseline,
        List<BenchmarkId> onlyInCurrent,
        EnvironmentFingerprint baselineEnvironment,
        EnvironmentFingerprint currentEnvironment,
        List<EnvironmentDifference> environmentDifferences,
        List<String> warnings) {

    /** Copies every list. */
    public Comparison {
        benchmarks = List.copyOf(benchmarks);
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInCurrent = List.copyOf(onlyInCurrent);
        environmentDifferences = List.copyOf(environmentDifferences);
        warnings = List.copyOf(warnings);
    }

    /** How many benchmarks got {@code verdict}. */
    public long count(Verdict verdict) {
        return benchmarks.stream().filter(b -> b.verdict() == verdict).count();
    }

    /** How many benchmarks are present in only one file. */
    public int unmatched() {
        return onlyInBaseline.size() + onlyInCurrent.size();
    }

    /** Whether the benchmarks present in only one file fail the gate: only with {@code --strict}. */
    public boolean unmatchedFail() {
        return settings.strict() && unmatched() > 0;
    }

    /** Whether the undecided benchmarks fail the gate: only with {@code --fail-on undecided}. */
    public boolean undecidedFail() {
        return settings.failOnUndecided() && count(Verdict.UNDECIDED) > 0;
    }

    /**
     * Whether the gate passes: no regression, with {@code strict} no benchmark missing on one side, and with
     * {@code failOnUndecided} nothing undecided. Passing is not "no regression found" while anything is
     * undecided.
     */
    public boolean passed() {
        return count(Verdict.REGRESSION) == 0 && !unmatchedFail() && !undecidedFail();
    }
}

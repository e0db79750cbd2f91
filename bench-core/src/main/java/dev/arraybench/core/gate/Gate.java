package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.core.result.RunResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two results files benchmark by benchmark. Benchmarks are matched on {@link BenchmarkId}; each
 * matched pair is decided by {@link Decision}; the rest are listed as present on one side only.
 */
public final class Gate {

    private Gate() {
    }

    /**
     * Compares {@code current} against {@code baseline}.
     *
     * @throws IllegalArgumentException when one file holds the same benchmark twice (the message says which
     *     side and which benchmark)
     */
    public static Comparison compare(RunResults baseline, RunResults current, GateSettings settings) {
        Map<BenchmarkId, BenchmarkResult> base = index("baseline", baseline);
        Map<BenchmarkId, BenchmarkResult> cur = index("current", current);
        List<BenchmarkComparison> decided = new ArrayList<>();
        List<BenchmarkId> onlyInCurrent = new ArrayList<>();
        cur.forEach((id, result) -> {
            BenchmarkResult before = base.get(id);
            if (before == null) {
                onlyInCurrent.add(id);
            } else {
                decided.add(decide(before, result, settings));
            }
        });
        List<BenchmarkId> onlyInBaseline = base.keySet().stream().filter(id -> !cur.containsKey(id)).toList();
        EnvironmentFingerprint baseEnv = EnvironmentFingerprint.of(baseline.environment());
        EnvironmentFingerprint curEnv = EnvironmentFingerprint.of(current.environment());
        List<String> warnings = new ArrayList<>();
        inProcess("baseline", baseline).ifPresent(warnings::add);
        inProcess("current", current).ifPresent(warnings::add);
        return new Comparison(settings, decided, onlyInBaseline, onlyInCurrent, baseEnv, curEnv,
                baseEnv.differences(curEnv), warnings);
    }

    /**
     * Decides one benchmark. The bootstrap's seed combines the settings' seed with the benchmark's
     * identity, so a verdict does not depend on which other benchmarks the files hold.
     */
    public static BenchmarkComparison decide(BenchmarkResult baseline, BenchmarkResult current,
            GateSettings settings) {
        BenchmarkId id = BenchmarkId.of(current);
        long seed = settings.seed() * 0x9E3779B97F4A7C15L + id.canonical().hashCode();
        return new Decision(settings, seed).decide(id, baseline, current);
    }

    /**
     * Reads a results file to compare (arraybench or plain JMH JSON).
     *
     * @throws ResultsFileException when it cannot be read, or holds a benchmark twice (which entry to compare?)
     */
    public static RunResults read(Path file) {
        RunResults results = ResultsCodec.read(file);
        firstDuplicate(results).ifPresent(id -> {
            throw new ResultsFileException(file, "benchmark " + id + " appears more than once (expected one "
                    + "entry per benchmark and parameter set)");
        });
        return results;
    }

    /**
     * The first benchmark that {@code results} holds more than once, if any: such a file cannot be
     * compared, since it is not clear which entry to take.
     */
    public static Optional<BenchmarkId> firstDuplicate(RunResults results) {
        Set<BenchmarkId> seen = new HashSet<>();
        return results.benchmarks().stream().map(BenchmarkId::of).filter(id -> !seen.add(id)).findFirst();
    }

    /** A warning when {@code results} was measured in-process ({@code forks: 0}). */
    private static Optional<String> inProcess(String side, RunResults results) {
        if (results.settings() == null || results.settings().forks() != 0) {
            return Optional.empty();
        }
        return Optional.of("the " + side + " file was measured in-process (forks: 0): its samples come from the "
                + "harness's own JVM, so their noise is not a fork's; it is read as one fork");
    }

    private static Map<BenchmarkId, BenchmarkResult> index(String side, RunResults results) {
        Map<BenchmarkId, BenchmarkResult> index = new LinkedHashMap<>();
        for (BenchmarkResult result : results.benchmarks()) {
            if (index.putIfAbsent(BenchmarkId.of(result), result) != null) {
                throw new IllegalArgumentException(side + " file: benchmark " + BenchmarkId.of(result)
                        + " appears more than once (expected one entry per benchmark and parameter set)");
            }
        }
        return index;
    }
}

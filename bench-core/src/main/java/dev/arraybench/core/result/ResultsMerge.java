package dev.arraybench.core.result;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges results files measured on the same machine into one, as if one run had measured everything, and
 * sorts files of several machines into one group per machine ({@link #fleet}). Two files are from the same
 * machine when their {@link EnvironmentFingerprint}s match. The first file gives the environment (with the
 * earliest start and the latest finish), the settings, the dimensions unless only a later file carries them,
 * and the ceiling unless only a later file measured one. A benchmark measured in several files (same name
 * and parameters) is an error or taken from the first or the last of them, as {@link Duplicates} says.
 */
public final class ResultsMerge {

    /** What to do with a benchmark measured in more than one file of the same machine. */
    public enum Duplicates {
        /** Refuse to merge, naming the benchmark and both files. */
        FAIL,
        /** Keep the one from the earliest file given. */
        FIRST,
        /** Keep the one from the latest file given. */
        LAST
    }

    private ResultsMerge() {
    }

    /**
     * Merges {@code files} (in order; at least one), keeping the last of a benchmark measured twice.
     *
     * @throws ResultsFileException naming the two files and every fingerprint field that differs
     */
    public static RunResults merge(Map<Path, RunResults> files) {
        return merge(files, Duplicates.LAST);
    }

    /**
     * Groups {@code files} by machine, in the order each machine first appears, and merges each group.
     *
     * @throws ResultsFileException for a benchmark measured twice on one machine under {@link Duplicates#FAIL}
     */
    public static List<RunResults> fleet(Map<Path, RunResults> files, Duplicates duplicates) {
        Map<EnvironmentFingerprint, Map<Path, RunResults>> groups = new LinkedHashMap<>();
        files.forEach((file, results) -> groups.computeIfAbsent(EnvironmentFingerprint.of(results.environment()),
                fingerprint -> new LinkedHashMap<>()).put(file, results));
        return groups.values().stream().map(group -> merge(group, duplicates)).toList();
    }

    /**
     * Merges {@code files} (in order; at least one) of one machine.
     *
     * @throws ResultsFileException naming the two files and every fingerprint field that differs, or a
     *     benchmark measured in two files under {@link Duplicates#FAIL}
     */
    public static RunResults merge(Map<Path, RunResults> files, Duplicates duplicates) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("results: no files to merge");
        }
        Path firstFile = files.keySet().iterator().next();
        RunResults first = files.get(firstFile);
        Environment environment = first.environment();
        Ceiling ceiling = first.ceiling();
        Dimensions dimensions = first.dimensions();
        Map<List<Object>, BenchmarkResult> benchmarks = new LinkedHashMap<>();
        Map<List<Object>, Path> measuredIn = new HashMap<>();
        for (Map.Entry<Path, RunResults> file : files.entrySet()) {
            RunResults results = file.getValue();
            List<String> differences = differences(environment, results.environment());
            if (!differences.isEmpty()) {
                throw new ResultsFileException(file.getKey(), "was measured on another machine than "
                        + firstFile + " (" + String.join("; ", differences) + "): report them separately");
            }
            environment = span(environment, results.environment());
            ceiling = ceiling == null ? results.ceiling() : ceiling;
            dimensions = dimensions == null ? results.dimensions() : dimensions;
            for (BenchmarkResult benchmark : results.benchmarks()) {
                List<Object> key = List.of(benchmark.benchmark(), benchmark.params());
                Path earlier = measuredIn.putIfAbsent(key, file.getKey());
                if (earlier != null && duplicates == Duplicates.FAIL) {
                    throw new ResultsFileException(file.getKey(), "benchmark " + benchmark.benchmark() + " "
                            + benchmark.params() + " was measured in " + earlier + " too (keep one with --keep first"
                            + " or --keep last)");
                }
                if (earlier == null || duplicates == Duplicates.LAST) {
                    benchmarks.remove(key);
                    benchmarks.put(key, benchmark);
                }
            }
        }
        return new RunResults(RunResults.SCHEMA, environment, first.settings(), ceiling, dimensions,
                new ArrayList<>(benchmarks.values()));
    }

    /** Every fingerprint field that differs, as {@code name 'a' vs 'b'}; empty when the machines match. */
    public static List<String> differences(Environment a, Environment b) {
        return EnvironmentFingerprint.of(a).differences(EnvironmentFingerprint.of(b)).stream()
                .map(d -> d.field() + " '" + d.baseline() + "' vs '" + d.current() + "'").toList();
    }

    private static Environment span(Environment a, Environment b) {
        String started = pick(a.started(), b.started(), -1);
        String finished = pick(a.finished(), b.finished(), 1);
        return new Environment(a.toolVersion(), a.jdkVendor(), a.jdkVersion(), a.vmName(), a.jvmFlags(), a.os(),
                a.cpuModel(), a.cores(), a.caches(), a.memoryBytes(), a.vectorBits(), a.gitCommit(), started,
                finished, a.cpuId());
    }

    /** The earlier ({@code sign} -1) or later (1) of two ISO-8601 UTC times, which sort as text; a missing one loses. */
    private static String pick(String a, String b, int sign) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Integer.signum(b.compareTo(a)) == sign ? b : a;
    }
}

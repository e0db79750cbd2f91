package dev.arraybench.runner;

import dev.arraybench.core.data.Sizes;
import dev.arraybench.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jobs beside the kernel matrix: the copy-parallel phase scenarios (allocate, copy-out, process,
 * copy-back timed apart for the same op and size) and the bandwidth ceiling (STREAM copy, scale and triad
 * on one thread and on every thread).
 */
final class ScenarioJobs {

    static final String PHASES = "dev.arraybench.scenarios.CopyPhaseBenchmark";
    static final String CEILING = "dev.arraybench.scenarios.CeilingBenchmark";
    /** The ceiling's arrays are at least this many elements (512 MiB of doubles each). */
    static final long CEILING_MIN_ELEMENTS = 64L << 20;

    private static final long MIB = 1L << 20;

    private ScenarioJobs() {
    }

    /** The phase jobs of every copy-parallel combination; copy-back only for ops that write. */
    static List<Job> phases(List<Combination> combinations) {
        Set<Map<String, String>> seen = new LinkedHashSet<>();
        List<Job> jobs = new ArrayList<>();
        for (Combination combination : combinations) {
            if (combination.strategy() != Strategy.COPY_PARALLEL) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>(combination.params());
            params.remove("strategy");
            if (!seen.add(params)) {
                continue;
            }
            List<String> flags = new ArrayList<>(Job.BASE_FLAGS);
            flags.addAll(ForkMemory.flags(combination));
            List<String> phases = new ArrayList<>(List.of("allocate", "copyOut", "process"));
            if (combination.op().writes()) {
                phases.add("copyBack");
            }
            for (String phase : phases) {
                jobs.add(new Job(PHASES + "." + phase, params, flags,
                        "phase " + phase + " of " + combination.describe().replace("copy-parallel", "").trim()));
            }
        }
        return jobs;
    }

    /**
     * The ceiling jobs: each STREAM kernel on one thread and on {@code threads} threads, over arrays of at
     * least {@link #CEILING_MIN_ELEMENTS} doubles and twice the last-level cache, so they come from memory.
     */
    static List<Job> ceiling(int threads, long lastLevelCacheBytes) {
        long elements = Math.max(CEILING_MIN_ELEMENTS, 2 * lastLevelCacheBytes / Double.BYTES);
        elements = (elements + MIB - 1) / MIB * MIB;
        long direct = 3 * elements * Double.BYTES + 64 * MIB;
        List<String> flags = new ArrayList<>(Job.BASE_FLAGS);
        flags.addAll(List.of("-Xmx512m", "-XX:MaxDirectMemorySize=" + direct / MIB + "m"));
        List<Job> jobs = new ArrayList<>();
        for (int count : new LinkedHashSet<>(List.of(1, threads))) {
            for (String kernel : List.of("copy", "scale", "triad")) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("size", Sizes.label(elements));
                params.put("threads", Integer.toString(count));
                jobs.add(new Job(CEILING + "." + kernel, params, flags,
                        String.format("ceiling %-5s %d thread%s %s", kernel, count, count == 1 ? " " : "s",
                                Sizes.label(elements))));
            }
        }
        return jobs;
    }
}

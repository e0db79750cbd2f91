package dev.arraybench.runner.plan;

import dev.arraybench.core.size.Sizes;
import dev.arraybench.scenarios.Scenarios;
import dev.arraybench.scenarios.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The jobs beside the kernel matrix: the copy-parallel phase scenarios (allocate, copy-out, process,
 * copy-back timed apart for the same op and size) and the bandwidth ceiling (STREAM copy, scale and triad
 * on one thread and on every thread).
 */
public final class ScenarioJobs {

    /** The ceiling's arrays are at least this many elements (512 MiB of doubles each). */
    static final long CEILING_MIN_ELEMENTS = 64L << 20;

    private static final long MIB = 1L << 20;

    private ScenarioJobs() {
    }

    /**
     * The phase jobs of every copy-parallel combination: allocate, copy-out and (for ops that write) copy-back
     * once per op, dtype, layout, threads and size, since no pool takes part in them; process once per pool.
     */
    public static List<Job> phases(List<Combination> combinations, JvmFlags jvmFlags) {
        Map<Map<String, String>, List<Combination>> byShape = new LinkedHashMap<>();
        for (Combination combination : combinations) {
            if (combination.strategy() == Strategy.COPY_PARALLEL) {
                byShape.computeIfAbsent(shape(combination), ignored -> new ArrayList<>()).add(combination);
            }
        }
        List<Job> jobs = new ArrayList<>();
        byShape.forEach((shape, group) -> {
            Combination first = group.get(0);
            List<String> flags = jvmFlags.fork(first.sizing());
            jobs.add(phase("allocate", first, flags, false));
            jobs.add(phase("copyOut", first, flags, false));
            for (Combination combination : group) {
                jobs.add(phase("process", combination, flags, true));
            }
            if (first.op().writes()) {
                jobs.add(phase("copyBack", first, flags, false));
            }
        });
        return jobs;
    }

    private static Map<String, String> shape(Combination combination) {
        Map<String, String> shape = phaseParams(combination);
        shape.remove("pool");
        return shape;
    }

    private static Map<String, String> phaseParams(Combination combination) {
        Map<String, String> params = new LinkedHashMap<>(combination.params());
        params.remove("strategy");
        return params;
    }

    private static Job phase(String name, Combination combination, List<String> flags, boolean pooled) {
        String description = String.format(Locale.ROOT, "phase %-8s of %s %s %s %s%s threads %s", name, combination.op().name(),
                combination.type().label(), combination.layout().label(),
                pooled ? combination.pool().label() + " " : "", combination.threads(),
                Sizes.label(combination.size()));
        return new Job(Scenarios.PHASES + "." + name, phaseParams(combination), flags, description);
    }

    /**
     * The ceiling jobs: each STREAM kernel on one thread and on {@code threads} threads, over arrays of at
     * least {@link #CEILING_MIN_ELEMENTS} doubles and twice the last-level cache, so they come from memory.
     */
    public static List<Job> ceiling(int threads, long lastLevelCacheBytes, JvmFlags jvmFlags) {
        long elements = Math.max(CEILING_MIN_ELEMENTS, 2 * lastLevelCacheBytes / Double.BYTES);
        elements = (elements + MIB - 1) / MIB * MIB;
        long direct = 3 * elements * Double.BYTES + 64 * MIB;
        List<String> flags = jvmFlags.fork(List.of("-Xmx512m", "-XX:MaxDirectMemorySize=" + direct / MIB + "m"));
        List<Job> jobs = new ArrayList<>();
        for (int count : new LinkedHashSet<>(List.of(1, threads))) {
            for (String kernel : List.of("copy", "scale", "triad")) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("size", Sizes.label(elements));
                params.put("threads", Integer.toString(count));
                jobs.add(new Job(Scenarios.CEILING + "." + kernel, params, flags,
                        String.format(Locale.ROOT, "ceiling %-5s %d thread%s %s", kernel, count, count == 1 ? " " : "s",
                                Sizes.label(elements))));
            }
        }
        return jobs;
    }
}

package dev.arraybench.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups speedups into thread scaling series: one per case, strategy and size with two or more thread counts. */
public final class ThreadScalings {

    private ThreadScalings() {
    }

    /** Every series with at least two thread counts, in the order of {@code speedups}. */
    public static List<ThreadScaling> of(List<Speedup> speedups) {
        Map<List<Object>, List<Speedup>> groups = new LinkedHashMap<>();
        for (Speedup speedup : speedups) {
            List<Object> key = List.of(speedup.kase(), speedup.variant().line(), speedup.size());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(speedup);
        }
        List<ThreadScaling> scaling = new ArrayList<>();
        for (List<Speedup> group : groups.values()) {
            if (group.stream().mapToInt(s -> s.variant().threads()).distinct().count() >= 2) {
                Speedup first = group.get(0);
                scaling.add(new ThreadScaling(first.kase(), first.variant().line(), first.size(),
                        group.stream().sorted(Comparator.comparingInt(s -> s.variant().threads())).toList()));
            }
        }
        return List.copyOf(scaling);
    }
}

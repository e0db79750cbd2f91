package dev.arraybench.runner.plan;

import dev.arraybench.runner.UserError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One of {@code count} deterministic parts of a list of benchmarks ({@code --shard K/N}), for a CI job
 * matrix or a batch scheduler where each part is one command. The list is split by comparison unit: every
 * benchmark of one unit (for the kernel scenario one case, op x dtype x layout, with all its sizes,
 * strategies, pools and thread counts) lands in the same part, so a speedup or break-even never divides
 * times from two machines. Units are dealt out longest first to the part with the least estimated time so
 * far (greedy longest-processing-time), ties broken by the unit's first position and the lower part, so the
 * same list always splits the same way. Any command that builds a list of jobs can use it.
 *
 * @param index which part, 1-based
 * @param count how many parts
 */
public record Shard(int index, int count) {

    /** The whole list in one part. */
    public static final Shard ALL = new Shard(1, 1);

    /** Checks {@code 1 <= index <= count}. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(
                    "shard: " + index + "/" + count + " (expected K/N with 1 <= K <= N, such as 3/24)");
        }
    }

    /**
     * Reads {@code K/N}.
     *
     * @throws UserError naming the option, the value and what was expected
     */
    public static Shard parse(String text) {
        String expected = " (expected K/N with 1 <= K <= N, such as 3/24)";
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new UserError("shard: '" + text + "'" + expected);
        }
        try {
            int index = Integer.parseInt(parts[0].trim());
            int count = Integer.parseInt(parts[1].trim());
            if (count < 1 || index < 1 || index > count) {
                throw new UserError("shard: '" + text + "'" + expected);
            }
            return new Shard(index, count);
        } catch (NumberFormatException e) {
            throw new UserError("shard: '" + text + "'" + expected);
        }
    }

    /** Whether this is the whole list. */
    public boolean all() {
        return count == 1;
    }

    /** {@code K/N}. */
    public String label() {
        return index + "/" + count;
    }

    /**
     * Splits {@code items} into {@link #count} parts by unit and estimated time.
     *
     * @param unit the comparison unit of an item: items with equal units stay together
     * @param seconds an item's estimated time
     * @return every part, in part order, each keeping the items in the order of {@code items}
     */
    public <T> List<Part<T>> split(List<T> items, Function<T, ?> unit, ToDoubleFunction<T> seconds) {
        Map<Object, List<Integer>> units = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            units.computeIfAbsent(unit.apply(items.get(i)), key -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> ordered = new ArrayList<>(units.values());
        List<Double> times = ordered.stream()
                .map(members -> members.stream().mapToDouble(i -> seconds.applyAsDouble(items.get(i))).sum())
                .toList();
        List<Integer> byTime = new ArrayList<>();
        for (int u = 0; u < ordered.size(); u++) {
            byTime.add(u);
        }
        byTime.sort(Comparator.<Integer>comparingDouble(times::get).reversed().thenComparing(u -> u));
        double[] load = new double[count];
        int[] unitCount = new int[count];
        int[] partOf = new int[items.size()];
        for (int u : byTime) {
            int target = 0;
            for (int p = 1; p < count; p++) {
                if (load[p] < load[target]) {
                    target = p;
                }
            }
            load[target] += times.get(u);
            unitCount[target]++;
            for (int i : ordered.get(u)) {
                partOf[i] = target;
            }
        }
        List<Part<T>> parts = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<T> chosen = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (partOf[i] == p) {
                    chosen.add(items.get(i));
                }
            }
            parts.add(new Part<>(chosen, unitCount[p], load[p]));
        }
        return parts;
    }

    /** This shard's part of {@code items} (see {@link #split}). */
    public <T> Part<T> select(List<T> items, Function<T, ?> unit, ToDoubleFunction<T> seconds) {
        return split(items, unit, seconds).get(index - 1);
    }

    /**
     * One part of a split.
     *
     * @param items the items of the part, in the list's order
     * @param units how many comparison units it holds
     * @param seconds its estimated time
     */
    public record Part<T>(List<T> items, int units, double seconds) {

        /** Copies the list. */
        public Part {
            items = List.copyOf(items);
        }
    }
}

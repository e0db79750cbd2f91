package dev.arraybench.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the break-even size of every variant from its speedups across sizes (see {@link BreakEven}). */
public final class BreakEvens {

    private BreakEvens() {
    }

    /** One break-even per case and variant, in the order they first appear in {@code speedups}. */
    public static List<BreakEven> of(List<Speedup> speedups) {
        Map<List<Object>, List<Speedup>> series = new LinkedHashMap<>();
        for (Speedup speedup : speedups) {
            series.computeIfAbsent(List.of(speedup.kase(), speedup.variant()), key -> new ArrayList<>()).add(speedup);
        }
        List<BreakEven> found = new ArrayList<>();
        for (List<Speedup> one : series.values()) {
            found.add(ofSeries(one.stream().sorted((a, b) -> Long.compare(a.size(), b.size())).toList()));
        }
        return List.copyOf(found);
    }

    /** The break-even of one variant from its speedups, sorted by size. */
    static BreakEven ofSeries(List<Speedup> bySize) {
        Speedup first = bySize.getFirst();
        long smallest = first.size();
        long largest = bySize.getLast().size();
        int from = bySize.size();
        while (from > 0 && bySize.get(from - 1).reliablyFaster()) {
            from--;
        }
        if (from == bySize.size()) {
            return new BreakEven(first.kase(), first.variant(), BreakEven.Kind.NOT_IN_RANGE, Double.NaN,
                    smallest, largest);
        }
        if (from == 0) {
            return new BreakEven(first.kase(), first.variant(), BreakEven.Kind.FROM_SMALLEST, smallest,
                    smallest, largest);
        }
        Speedup below = bySize.get(from - 1);
        Speedup above = bySize.get(from);
        return new BreakEven(first.kase(), first.variant(), BreakEven.Kind.BETWEEN, interpolate(below, above),
                below.size(), above.size());
    }

    /** Where the lower end reaches 1, linear in log(size); the upper size when the lower end below is unknown. */
    private static double interpolate(Speedup below, Speedup above) {
        double lowBelow = below.speedup().low();
        double lowAbove = above.speedup().low();
        if (Double.isNaN(lowBelow) || lowBelow >= lowAbove) {
            return above.size();
        }
        double fraction = Math.clamp((1 - lowBelow) / (lowAbove - lowBelow), 0, 1);
        double logSize = Math.log(below.size()) + fraction * (Math.log(above.size()) - Math.log(below.size()));
        return Math.exp(logSize);
    }
}

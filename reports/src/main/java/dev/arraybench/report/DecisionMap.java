package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.analysis.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to run at each measured size of each case: the fastest variant that is reliably faster than the
 * baseline there (its speedup interval wholly above 1), else the baseline, or undecided when the best
 * candidate's interval includes 1. Variants are those the size charts draw (each on its most threads).
 * Only sizes at which every variant was measured are decided: an adaptive search measures a variant alone
 * at the sizes it adds near that variant's break-even, and there the others were never compared (when no
 * size has them all, every size is used).
 */
final class DecisionMap {

    /** Which answer a cell gives. */
    enum Kind {
        /** A variant is reliably faster than the baseline: run it. */
        FASTER,
        /** No variant is reliably faster and the best one is reliably slower: stay with the baseline. */
        BASELINE,
        /** No variant is reliably faster and the best one's interval includes 1. */
        UNDECIDED
    }

    /**
     * One case at one size.
     *
     * @param size elements
     * @param kind the answer
     * @param best the variant with the largest speedup estimate among those that decide the answer: the
     *     fastest reliable one for {@code FASTER}, else the best candidate overall
     */
    record Cell(long size, Kind kind, Speedup best) {
    }

    /**
     * One case's row, smallest size first.
     *
     * @param kase the case
     * @param cells one per measured size with at least one speedup
     */
    record Row(Case kase, List<Cell> cells) {

        /** Copies the list. */
        Row {
            cells = List.copyOf(cells);
        }
    }

    private static final Comparator<Speedup> BY_ESTIMATE = Comparator.comparingDouble(s -> estimate(s));

    private DecisionMap() {
    }

    /** One row per case that has speedups, in the analysis' case order. */
    static List<Row> of(Analysis analysis) {
        List<Row> rows = new ArrayList<>();
        for (Case kase : analysis.cases()) {
            List<Variant> shown = ChartVariants.of(analysis.points(kase)).stream().filter(v -> !v.baseline())
                    .toList();
            Map<Long, List<Speedup>> bySize = new TreeMap<>();
            for (Speedup speedup : analysis.speedups(kase)) {
                if (shown.contains(speedup.variant()) && speedup.size() > 0) {
                    bySize.computeIfAbsent(speedup.size(), size -> new ArrayList<>()).add(speedup);
                }
            }
            long variants = bySize.values().stream().flatMap(List::stream).map(Speedup::variant).distinct().count();
            Map<Long, List<Speedup>> complete = new TreeMap<>(bySize);
            complete.values().removeIf(speedups -> speedups.size() < variants);
            Map<Long, List<Speedup>> columns = complete.isEmpty() ? bySize : complete;
            if (!columns.isEmpty()) {
                rows.add(new Row(kase, columns.values().stream().map(DecisionMap::decide).toList()));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The answer at one size from the speedups of every candidate there (all of one case and size, at least
     * one): the reliably faster candidate with the largest estimate; else undecided when the candidate with
     * the largest estimate has an interval that includes 1 (or none), and the baseline when it is reliably
     * slower.
     */
    static Cell decide(List<Speedup> candidates) {
        Speedup fastest = candidates.stream().filter(Speedup::reliablyFaster).max(BY_ESTIMATE).orElse(null);
        if (fastest != null) {
            return new Cell(fastest.size(), Kind.FASTER, fastest);
        }
        Speedup best = candidates.stream().max(BY_ESTIMATE).orElseThrow(
                () -> new IllegalArgumentException("candidates: none (expected at least one speedup)"));
        return new Cell(best.size(), best.reliablySlower() ? Kind.BASELINE : Kind.UNDECIDED, best);
    }

    private static double estimate(Speedup speedup) {
        double estimate = speedup.speedup().estimate();
        return Double.isNaN(estimate) ? Double.NEGATIVE_INFINITY : estimate;
    }
}

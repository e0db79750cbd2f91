package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.analysis.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The answers in words: one sentence per case saying where each variant breaks even, and the break-even
 * table. Sentences take an escaper for the format they end up in and pass every string from the results
 * file through it; the words around them are this class's own.
 */
final class Conclusions {

    private Conclusions() {
    }

    /**
     * What {@code kase} shows, without the case's name, such as "zero-copy-parallel (2 threads) breaks even at
     * 180K elements (between 128K and 256K); copy-parallel (2 threads) never does up to 64M. At 64M, ...".
     */
    static String sentence(Analysis analysis, Case kase, UnaryOperator<String> escape) {
        List<Variant> shown = ChartVariants.of(analysis.points(kase)).stream().filter(v -> !v.baseline()).toList();
        List<String> parts = new ArrayList<>();
        boolean neverSaid = false;
        for (Variant variant : shown) {
            Optional<BreakEven> found = analysis.breakEvens(kase).stream()
                    .filter(b -> b.variant().equals(variant)).findFirst();
            if (found.isEmpty()) {
                continue;
            }
            BreakEven b = found.get();
            String who = escape.apply(variant.label());
            parts.add(switch (b.kind()) {
                case BETWEEN -> who + " breaks even at " + Formats.approximateSize(b.size()) + " elements (95%: "
                        + BreakEvenWords.interval(b) + ")";
                case FROM_SMALLEST -> who + " is faster from the smallest size measured (" + Formats.size(b.below())
                        + ")";
                case NOT_IN_RANGE -> who + (neverSaid ? " never does" : " never breaks even") + " up to "
                        + Formats.size(b.above());
                case UNDECIDED -> who + " has no break-even the data can place between " + Formats.size(b.smallest())
                        + " and " + Formats.size(b.largest());
            });
            neverSaid |= b.kind() == BreakEven.Kind.NOT_IN_RANGE;
        }
        if (parts.isEmpty()) {
            return "no variant has a " + escape.apply(analysis.baseline()) + " baseline to compare with.";
        }
        return String.join("; ", parts) + "." + atLargest(analysis, kase, shown, escape);
    }

    /** The break-even of every variant (every thread count) of every case, with its cost model and win region. */
    static Table breakEvenTable(Analysis analysis) {
        Table table = Table.of("case", "variant", "break-even [95% interval]", "why (cost model)",
                "faster, slower or undecided", "speedup at the largest size [95% interval]");
        for (Case kase : analysis.cases()) {
            for (BreakEven b : analysis.breakEvens(kase)) {
                String bands = analysis.winRegions(kase).stream().filter(w -> w.variant().equals(b.variant()))
                        .findFirst().map(BreakEvenWords::bands).orElse("");
                String largest = largest(analysis, kase, b.variant())
                        .map(s -> Formats.speedup(s.speedup()) + " at " + Formats.size(s.size())).orElse("n/a");
                table = table.row(kase.label(), b.variant().label(), BreakEvenWords.estimate(b),
                        BreakEvenWords.explanation(b), bands, largest);
            }
        }
        return table;
    }

    private static String atLargest(Analysis analysis, Case kase, List<Variant> shown, UnaryOperator<String> escape) {
        List<String> figures = new ArrayList<>();
        long size = 0;
        for (Variant variant : shown) {
            Optional<Speedup> last = largest(analysis, kase, variant);
            if (last.isPresent()) {
                size = Math.max(size, last.get().size());
            }
        }
        for (Variant variant : shown) {
            long at = size;
            analysis.speedups(kase).stream().filter(s -> s.variant().equals(variant) && s.size() == at).findFirst()
                    .ifPresent(s -> figures.add(escape.apply(variant.line()) + " "
                            + Formats.speedup(s.speedup().estimate())));
        }
        return figures.isEmpty() ? "" : " At " + Formats.size(size) + ", against " + escape.apply(analysis.baseline()) + ": "
                + String.join(", ", figures) + ".";
    }

    private static Optional<Speedup> largest(Analysis analysis, Case kase, Variant variant) {
        return analysis.speedups(kase).stream().filter(s -> s.variant().equals(variant))
                .reduce((a, b) -> b.size() >= a.size() ? b : a);
    }
}

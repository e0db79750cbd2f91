package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.analysis.Variant;
import java.util.Optional;

/**
 * The break-even table: every variant's break-even with its interval, cost model, win region and speedup at
 * the largest size, below the decision map's one sentence per case (see {@link DecisionWords}).
 */
final class Conclusions {

    private Conclusions() {
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

    private static Optional<Speedup> largest(Analysis analysis, Case kase, Variant variant) {
        return analysis.speedups(kase).stream().filter(s -> s.variant().equals(variant))
                .reduce((a, b) -> b.size() >= a.size() ? b : a);
    }
}

package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.analysis.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One sentence per row of the {@link DecisionMap}: what to run at the largest sizes and from where, then what
 * to run below that, such as "zero-copy-parallel (2 threads) from ~120K [120K–130K] elements (1.29x at 16M);
 * below that, sequential." Every string from the results file passes through the escaper.
 */
final class DecisionWords {

    /** Neighbouring cells with the same answer (and, for {@code FASTER}, the same variant). */
    private record Run(DecisionMap.Kind kind, Variant variant, long from, long to, DecisionMap.Cell last) {
    }

    private DecisionWords() {
    }

    /** The sentence for {@code row}, without the case's name, ending with a full stop. */
    static String sentence(Analysis analysis, DecisionMap.Row row, UnaryOperator<String> escape) {
        List<Run> runs = runs(row);
        Run last = runs.get(runs.size() - 1);
        String baseline = escape.apply(analysis.baseline());
        String range = range(runs.get(0).from(), last.to());
        if (runs.size() == 1) {
            return switch (last.kind()) {
                case FASTER -> escape.apply(last.variant().label()) + " at every measured size, " + range + " ("
                        + atLargest(last.last().best()) + ").";
                case BASELINE -> "nothing is reliably faster than " + baseline + " at any measured size, " + range
                        + ".";
                case UNDECIDED -> "undecided at every measured size, " + range + " (best: " + best(last, escape)
                        + ").";
            };
        }
        Run before = runs.get(runs.size() - 2);
        String head = switch (last.kind()) {
            case FASTER -> escape.apply(last.variant().label()) + " from " + from(analysis, row, before, last)
                    + " (" + atLargest(last.last().best()) + ")";
            case BASELINE -> baseline + " from " + Formats.size(last.from()) + " elements on";
            case UNDECIDED -> "undecided from " + Formats.size(last.from()) + " elements (best: "
                    + best(last, escape) + ")";
        };
        List<String> below = new ArrayList<>();
        for (Run run : runs.subList(0, runs.size() - 1)) {
            String name = name(run, baseline, escape);
            below.add(runs.size() == 2 ? name : name + " at " + range(run.from(), run.to()));
        }
        return head + "; below that, " + String.join(", ", below) + ".";
    }

    private static List<Run> runs(DecisionMap.Row row) {
        List<Run> runs = new ArrayList<>();
        for (DecisionMap.Cell cell : row.cells()) {
            Variant variant = cell.kind() == DecisionMap.Kind.FASTER ? cell.best().variant() : null;
            Run previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (previous != null && previous.kind() == cell.kind() && Objects.equals(previous.variant(), variant)) {
                runs.set(runs.size() - 1, new Run(cell.kind(), variant, previous.from(), cell.size(), cell));
            } else {
                runs.add(new Run(cell.kind(), variant, cell.size(), cell.size(), cell));
            }
        }
        return runs;
    }

    /**
     * Where the last run starts: its break-even with the baseline and the interval when the run before it
     * is not another faster variant and the estimate lies between the two runs, else its first measured size.
     */
    private static String from(Analysis analysis, DecisionMap.Row row, Run before, Run last) {
        if (before.kind() != DecisionMap.Kind.FASTER) {
            for (BreakEven b : analysis.breakEvens(row.kase())) {
                if (b.variant().equals(last.variant()) && b.kind() == BreakEven.Kind.BETWEEN
                        && b.size() >= before.to() && b.size() <= last.from()) {
                    return "~" + Formats.approximateSize(b.size()) + " [" + BreakEvenWords.interval(b) + "] elements";
                }
            }
        }
        return Formats.size(last.from()) + " elements";
    }

    private static String atLargest(Speedup speedup) {
        return Formats.speedup(speedup.speedup().estimate()) + " at " + Formats.size(speedup.size());
    }

    private static String best(Run run, UnaryOperator<String> escape) {
        Speedup best = run.last().best();
        return escape.apply(best.variant().label()) + " " + Formats.speedup(best.speedup()) + " at "
                + Formats.size(best.size());
    }

    private static String name(Run run, String baseline, UnaryOperator<String> escape) {
        return switch (run.kind()) {
            case FASTER -> escape.apply(run.variant().label());
            case BASELINE -> baseline;
            case UNDECIDED -> "undecided";
        };
    }

    private static String range(long from, long to) {
        return from == to ? Formats.size(from) : Formats.size(from) + "–" + Formats.size(to);
    }
}

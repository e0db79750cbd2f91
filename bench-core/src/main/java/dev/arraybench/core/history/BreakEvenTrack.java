package dev.arraybench.core.history;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.core.stats.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One case and variant's break-even over commits on one machine class: the break-even of each commit's
 * results (the analysis a results file gets), oldest first, and where it moved: two consecutive commits whose
 * 95% intervals do not overlap.
 *
 * @param machine the machine class's label
 * @param label the case and variant in words, such as {@code scale int32 native / zero-copy-parallel spin}
 * @param commits the commits, oldest first
 * @param breakEvens the break-even at each commit
 */
public record BreakEvenTrack(String machine, String label, List<String> commits, List<BreakEven> breakEvens) {

    /** Keeps the lists unchangeable. */
    public BreakEvenTrack {
        commits = List.copyOf(commits);
        breakEvens = List.copyOf(breakEvens);
    }

    /**
     * The tracks of {@code runs} (ordered by machine, then time, as {@link CommitResults#of} gives them) that
     * reach over two commits or more, each run's results read by {@code read} (which gives them their
     * dimensions) before they are analysed.
     */
    public static List<BreakEvenTrack> of(List<CommitResults> runs, UnaryOperator<RunResults> read) {
        Map<List<String>, List<String>> commits = new LinkedHashMap<>();
        Map<List<String>, List<BreakEven>> found = new LinkedHashMap<>();
        for (CommitResults run : runs) {
            for (BreakEven breakEven : Analysis.of(read.apply(run.results())).breakEvens()) {
                List<String> key = List.of(run.machine(), breakEven.kase().label() + " / "
                        + breakEven.variant().label());
                commits.computeIfAbsent(key, k -> new ArrayList<>()).add(run.commit());
                found.computeIfAbsent(key, k -> new ArrayList<>()).add(breakEven);
            }
        }
        List<BreakEvenTrack> tracks = new ArrayList<>();
        commits.forEach((key, at) -> {
            if (at.size() >= 2) {
                tracks.add(new BreakEvenTrack(key.get(0), key.get(1), at, found.get(key)));
            }
        });
        return List.copyOf(tracks);
    }

    /**
     * Where the break-even moved, one line each, such as {@code scale int32 native / zero-copy-parallel spin:
     * from 25K to 60K at abc1234567..def4567890}: consecutive commits whose intervals do not overlap.
     */
    public List<String> moves() {
        List<String> moves = new ArrayList<>();
        for (int i = 1; i < breakEvens.size(); i++) {
            Interval before = breakEvens.get(i - 1).crossing();
            Interval after = breakEvens.get(i).crossing();
            if (before.high() < after.low() || after.high() < before.low()) {
                moves.add(label + ": from " + size(before.estimate()) + " to " + size(after.estimate()) + " at "
                        + SeriesChange.shortSha(commits.get(i - 1)) + ".." + SeriesChange.shortSha(commits.get(i)));
            }
        }
        return moves;
    }

    /** A size to two significant digits in the canonical form ({@code 25K}), or "beyond the measured range". */
    static String size(double elements) {
        if (!Double.isFinite(elements)) {
            return "beyond the measured range";
        }
        long rounded = new BigDecimal(elements).round(new MathContext(2)).longValue();
        return Sizes.label(Math.max(1, rounded));
    }
}

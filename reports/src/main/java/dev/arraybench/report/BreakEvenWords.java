package dev.arraybench.report;

import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.CostComparison;
import dev.arraybench.core.analysis.WinRegion;
import java.util.ArrayList;
import java.util.List;

/** A break-even, its cost model and a variant's win region in words; fixed text around numbers only. */
final class BreakEvenWords {

    private BreakEvenWords() {
    }

    /** The estimate with its interval, such as {@code ≈ 45K elements [95%: 32K–60K]}. */
    static String estimate(BreakEven b) {
        return switch (b.kind()) {
            case BETWEEN -> "≈ " + Formats.approximateSize(b.size()) + " elements [95%: " + interval(b) + "]";
            case FROM_SMALLEST -> "from the smallest size, " + Formats.size(b.smallest()) + " [95%: " + interval(b)
                    + "]";
            case NOT_IN_RANGE -> "not within the measured range (up to " + Formats.size(b.largest()) + ")";
            case UNDECIDED -> "undecided: anywhere from " + Formats.size(b.smallest()) + " to beyond "
                    + Formats.size(b.largest());
        };
    }

    /** The interval's ends, such as {@code 32K–60K}, {@code ≤ 1K–4.2K}, {@code ≤ 1K} or {@code 256K–beyond 4M}. */
    static String interval(BreakEven b) {
        double low = b.crossing().low();
        double high = b.crossing().high();
        if (high <= b.smallest()) {
            return "≤ " + Formats.size(b.smallest());
        }
        String from = low <= b.smallest() ? "≤ " + Formats.size(b.smallest()) : Formats.approximateSize(low);
        String to = Double.isInfinite(high) ? "beyond " + Formats.size(b.largest()) : Formats.approximateSize(high);
        return from + "–" + to;
    }

    /**
     * What the cost models say, such as "costs 2.1 µs more per call and saves 0.06 ns per element, so it pays
     * from ~35K elements (fitted where the data fits in L2)"; empty without a model.
     */
    static String explanation(BreakEven b) {
        CostComparison cost = b.cost();
        if (cost == null) {
            return "";
        }
        double extra = cost.extraFixedNanos();
        double saved = cost.savedNanosPerElement();
        String fixed = extra >= 0 ? "costs " + Formats.duration(extra) + " more per call"
                : "costs " + Formats.duration(-extra) + " less per call";
        String perElement = saved >= 0 ? "saves " + Formats.duration(saved) + " per element"
                : "costs " + Formats.duration(-saved) + " more per element";
        double from = cost.paysFrom();
        double below = cost.paysBelow();
        String pays = !Double.isNaN(below) ? "so it pays only below ~" + Formats.approximateSize(below) + " elements"
                : Double.isInfinite(from) ? "so it never pays" : from == 0 ? "so it pays at any size"
                : "so it pays from ~" + Formats.approximateSize(from) + " elements";
        String where = cost.regime().isEmpty() ? "" : " (fitted on the sizes where the data " + regime(cost.regime())
                + ")";
        return fixed + " and " + perElement + ", " + pays + where;
    }

    /** The bands in words, such as "slower 1K–4K; faster 16K–256K; undecided 1M–4M (from L2 on)". */
    static String bands(WinRegion region) {
        List<String> parts = new ArrayList<>();
        for (WinRegion.Band band : region.bands()) {
            String range = band.from() == band.to() ? Formats.size(band.from())
                    : Formats.size(band.from()) + "–" + Formats.size(band.to());
            String caches = band.cachesAtStart().isEmpty() ? ""
                    : " (past " + String.join(", ", band.cachesAtStart()) + ")";
            parts.add(band.verdict().word() + " " + range + caches);
        }
        return String.join("; ", parts);
    }

    private static String regime(String regime) {
        return regime.startsWith("fits in ") ? "fits in " + regime.substring("fits in ".length())
                : "is " + regime;
    }
}

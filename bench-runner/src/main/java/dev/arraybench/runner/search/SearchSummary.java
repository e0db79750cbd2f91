package dev.arraybench.runner.search;

import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.RoundSpread;
import dev.arraybench.core.size.Sizes;
import java.util.Locale;

/**
 * A break-even in words for the search's progress and closing lines: its estimate and 95% interval, how
 * much the speedup moved between rounds, and, where rounds disagree on its sign, the band in which the
 * variant is "either" faster or slower instead of a point.
 */
final class SearchSummary {

    private SearchSummary() {
    }

    /** {@code breakEven} in words; "not measured yet" for {@code null}. */
    static String describe(BreakEven breakEven) {
        if (breakEven == null) {
            return "not measured yet";
        }
        double low = breakEven.crossing().low();
        double high = breakEven.crossing().high();
        String interval = "95% " + elements(low) + ".." + elements(high);
        String point = switch (breakEven.kind()) {
            case NOT_IN_RANGE -> "does not pay up to " + Sizes.label(breakEven.largest()) + " (" + interval + ")";
            case UNDECIDED -> "undecided (" + interval + ")";
            case FROM_SMALLEST, BETWEEN -> String.format(Locale.ROOT, "%s%s (%s, x%s)",
                    breakEven.kind() == BreakEven.Kind.FROM_SMALLEST ? "from the smallest size, " : "≈ ",
                    elements(breakEven.size()), interval,
                    Double.isFinite(high) ? String.format(Locale.ROOT, "%.2f", high / low) : "inf");
        };
        RoundSpread rounds = breakEven.rounds();
        if (rounds.flips()) {
            point = String.format(Locale.ROOT, "either: within ±%.0f%% of sequential from %s to %s (rounds disagree"
                    + " on the sign there; %s)", 100 * rounds.within(), elements(rounds.flipping().get(0)),
                    elements(rounds.flipping().get(rounds.flipping().size() - 1)), point);
        }
        return point + spread(rounds);
    }

    /** The between-round spread in words, such as {@code ; rounds: 4, spread ±12%}; empty with one round. */
    static String spread(RoundSpread rounds) {
        return rounds.rounds() < 2 ? "" : String.format(Locale.ROOT, "; %d rounds, between-round spread ±%.1f%%",
                rounds.rounds(), 100 * rounds.spread());
    }

    /** A size in short words, such as {@code 25.3K} or {@code 1.14M}; "beyond range" for infinity. */
    static String elements(double size) {
        if (!Double.isFinite(size)) {
            return "beyond range";
        }
        if (size >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", size / 1e6);
        }
        return size >= 1e3 ? String.format(Locale.ROOT, "%.1fK", size / 1e3) : String.format(Locale.ROOT, "%.0f", size);
    }
}

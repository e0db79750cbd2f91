package dev.arraybench.thresholds;

import java.util.List;
import java.util.Locale;

/**
 * What {@link Calibration}'s rounds say, as a {@link Crossing} with its one-line message: the crossing of all
 * rounds, trusted only when the odd and even rounds agree ({@link RoundHalves}) and a "never" comes from
 * rounds the JIT left alone; otherwise "gave up", naming why.
 */
final class CalibrationAnswer {

    private CalibrationAnswer() {
    }

    /**
     * The answer of the rounds measured ({@code [path][size]} times per call, path 0 sequential): the crossing
     * of all of them, stable when there are at least {@link Calibration#MIN_ROUNDS} and the odd and even rounds
     * agree; {@code compiling} rounds were measured but dropped because the JIT compiled during them.
     */
    static Crossing of(String name, int[] sizes, List<double[][]> rounds, int compiling, long elapsed) {
        String spent = String.format(Locale.ROOT, "%d rounds in %.1f ms", rounds.size(), elapsed / 1e6)
                + (compiling == 0 ? "" : String.format(Locale.ROOT, ", %d more dropped as the JIT compiled"
                + " during them", compiling));
        if (rounds.size() < Calibration.MIN_ROUNDS) {
            return new Crossing(name, Long.MAX_VALUE, false, rounds.size(), elapsed, "calibration of " + name
                    + " gave up: " + spent + ", too few to trust (" + (compiling > 0 ? "the JIT kept compiling"
                    : "the budget is too small for these sizes") + "); staying sequential");
        }
        long all = CrossingEstimate.of(sizes, CrossingEstimate.speedups(rounds, 0, 1));
        RoundHalves halves = RoundHalves.of(sizes, rounds);
        if (!halves.agree()) {
            String disagree = halves.bothNever() ? "both say never, but staying sequential is "
                    + percent(halves.crossRegret()) + " slower at worst on one half's times"
                    : phrase(halves.odd()) + " against " + phrase(halves.even()) + ", "
                    + percent(halves.crossRegret()) + " slower at worst by one half's answer on the other's times";
            return new Crossing(name, all, false, rounds.size(), elapsed, "calibration of " + name + " gave up: "
                    + spent + ", the odd and even rounds still disagree (" + disagree + "; other load, or code still"
                    + " being compiled?); staying sequential");
        }
        if (all == Long.MAX_VALUE && compiling > 0) {
            return new Crossing(name, all, false, rounds.size(), elapsed, "calibration of " + name + " gave up: "
                    + spent + "; parallel never won, but the JIT was still compiling, so its code may not have been"
                    + " ready (a \"never\" is kept only from rounds the JIT left alone); staying sequential");
        }
        return new Crossing(name, all, true, rounds.size(), elapsed, "calibration of " + name + ": parallel "
                + (all == Long.MAX_VALUE ? "never" : "from " + phrase(all) + " elements") + " (" + spent
                + "; odd and even rounds agree: " + phrase(halves.odd()) + ", " + phrase(halves.even()) + ", "
                + percent(halves.crossRegret()) + " slower at worst by one's answer on the other's times)");
    }

    private static String percent(double regret) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * regret);
    }

    private static String phrase(long crossing) {
        return crossing == Long.MAX_VALUE ? "never" : String.format(Locale.ROOT, "%,d", crossing);
    }
}

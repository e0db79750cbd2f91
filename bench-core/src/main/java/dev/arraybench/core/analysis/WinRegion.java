package dev.arraybench.core.analysis;

import java.util.List;

/**
 * Where a variant wins: the measured sizes split into bands in which it is reliably faster, reliably
 * slower or undecided against the baseline, by the speedup intervals.
 *
 * @param kase the case
 * @param variant the variant
 * @param bands the bands, smallest sizes first; neighbouring bands differ in verdict
 */
public record WinRegion(Case kase, Variant variant, List<Band> bands) {

    /** Keeps the bands unchangeable. */
    public WinRegion {
        bands = List.copyOf(bands);
    }

    /** Whether a variant is faster, slower or neither beyond the noise. */
    public enum Verdict {
        /** The speedup interval lies wholly above 1. */
        FASTER,
        /** The speedup interval lies wholly below 1. */
        SLOWER,
        /** The interval includes 1, or is unknown. */
        UNDECIDED;

        /** The verdict in lower case, as files and reports spell it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One band of measured sizes with the same verdict.
     *
     * @param from the smallest measured size in the band
     * @param to the largest measured size in the band
     * @param verdict the verdict at every size in it
     * @param cachesAtStart the caches (such as {@code L2}) filled between the previous band's last size and
     *     this band's first: where the change may come from; empty for the first band or when unknown
     */
    public record Band(long from, long to, Verdict verdict, List<String> cachesAtStart) {

        /** Keeps the names unchangeable. */
        public Band {
            cachesAtStart = List.copyOf(cachesAtStart);
        }
    }

    /** The verdict at {@code size}, by the band holding it; {@code UNDECIDED} outside every band. */
    public Verdict at(long size) {
        for (Band band : bands) {
            if (size >= band.from() && size <= band.to()) {
                return band.verdict();
            }
        }
        return Verdict.UNDECIDED;
    }
}

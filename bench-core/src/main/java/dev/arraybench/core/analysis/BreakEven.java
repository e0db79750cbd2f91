package dev.arraybench.core.analysis;

/**
 * From which size a variant is reliably faster than the sequential loop: the smallest measured size from
 * which every larger measured size has a speedup interval wholly above 1.
 *
 * <p>For {@link Kind#BETWEEN} the size is interpolated between the two measured sizes that bracket it: the
 * point where the interval's lower end, taken as linear in log(size) between them, reaches 1. Since the
 * lower end is used, the figure is conservative: the point estimate crosses 1 a little earlier.
 *
 * @param kase the op, dtype and layout
 * @param variant the variant
 * @param kind which of the three answers it is
 * @param size the interpolated break-even size in elements ({@code BETWEEN}), the smallest measured size
 *     ({@code FROM_SMALLEST}), {@code NaN} ({@code NOT_IN_RANGE})
 * @param below the largest measured size below the break-even ({@code BETWEEN}), else the smallest measured
 * @param above the smallest measured size from which it is reliably faster ({@code BETWEEN}), else the
 *     largest measured
 */
public record BreakEven(Case kase, Variant variant, Kind kind, double size, long below, long above) {

    /** The three possible answers. */
    public enum Kind {
        /** Reliably faster from a size between two measured ones. */
        BETWEEN,
        /** Already reliably faster at the smallest measured size. */
        FROM_SMALLEST,
        /** Not reliably faster from any measured size up to the largest. */
        NOT_IN_RANGE
    }

    /** Whether it breaks even at some measured or interpolated size. */
    public boolean breaksEven() {
        return kind != Kind.NOT_IN_RANGE;
    }
}

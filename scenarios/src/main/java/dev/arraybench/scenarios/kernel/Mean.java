package dev.arraybench.scenarios.kernel;

/**
 * The arithmetic mean, as a {@link Double}: the {@link Sum} of the elements (with its accumulation rules,
 * so an int64 mean comes from the wrapping 64-bit sum) divided by their count; {@code NaN} for no elements.
 */
public final class Mean implements ReductionOp<Number> {

    private final Sum sum = new Sum();

    @Override
    public String name() {
        return "mean";
    }

    @Override
    public String description() {
        return "arithmetic mean as a double (read-only; the sum divided by the count)";
    }

    @Override
    public Number scalar(Operands in, long from, long to) {
        return sum.scalar(in, from, to);
    }

    @Override
    public Number simd(Operands in, long from, long to) {
        return sum.simd(in, from, to);
    }

    @Override
    public Number combine(Number left, Number right) {
        return sum.combine(left, right);
    }

    /** The reference {@link Sum} divided by the count. */
    @Override
    public Number reference(Operands in) {
        return in.length() == 0 ? Double.NaN : sum.reference(in).doubleValue() / in.length();
    }

    /** Integers exactly; floats within {@link Sum#TOLERANCE} of the mean magnitude. */
    @Override
    public double tolerance(Operands in, Number expected) {
        return in.type().integral() ? 0 : Sum.TOLERANCE * Sum.magnitude(in) / Math.max(1, in.length());
    }

    @Override
    public Number finish(Number whole, long length) {
        if (length == 0) {
            return Double.NaN;
        }
        return whole.doubleValue() / length;
    }

    @Override
    public Number plain(Operands in) {
        return finish(sum.plain(in), in.length());
    }
}

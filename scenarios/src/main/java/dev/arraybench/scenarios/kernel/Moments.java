package dev.arraybench.scenarios.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Count, mean and sum of squared deviations of one range: the partial result of {@link Var}. Ranges
 * combine with Chan's pairwise formula ({@link #combine}), so a split gives the same answer in any layout
 * of ranges over threads, to rounding.
 *
 * @param count the number of elements
 * @param mean their mean
 * @param squares the sum of their squared deviations from the mean
 */
public record Moments(long count, double mean, double squares) {

    /** The moments of no elements. */
    static final Moments EMPTY = new Moments(0, 0, 0);

    /**
     * The moments of {@code count} elements from their {@code sum} and {@code sumOfSquares} after each had
     * {@code shift} subtracted (which keeps the subtraction accurate).
     */
    static Moments ofShifted(long count, double shift, double sum, double sumOfSquares) {
        if (count == 0) {
            return EMPTY;
        }
        return new Moments(count, shift + sum / count, Math.max(0, sumOfSquares - sum * sum / count));
    }

    /** {@link #ofShifted} from vectors of partial sums, added across their lanes. */
    static Moments ofLanes(long count, double shift, DoubleVector sum, DoubleVector sumOfSquares) {
        return ofShifted(count, shift, sum.reduceLanes(VectorOperators.ADD),
                sumOfSquares.reduceLanes(VectorOperators.ADD));
    }

    /** The moments of a range followed by the range right after it (Chan's pairwise formula). */
    static Moments combine(Moments left, Moments right) {
        if (left.count() == 0) {
            return right;
        }
        if (right.count() == 0) {
            return left;
        }
        long count = left.count() + right.count();
        double delta = right.mean() - left.mean();
        double mean = left.mean() + delta * right.count() / count;
        double squares = left.squares() + right.squares()
                + delta * delta * ((double) left.count() * right.count() / count);
        return new Moments(count, mean, squares);
    }
}

package dev.arraybench.core.analysis;

import dev.arraybench.core.data.DType;
import dev.arraybench.core.data.Layout;
import dev.arraybench.core.kernel.Op;
import dev.arraybench.core.kernel.Ops;
import java.util.Comparator;
import java.util.List;

/**
 * What a chart or a summary sentence is about: one op on one dtype in one layout. Values are kept as the
 * results file spells them, so a file from a newer version (or a hostile one) still renders; known values
 * sort in catalogue order, unknown ones after them.
 *
 * @param op the {@code op} parameter, such as {@code scale}
 * @param dtype the {@code dtype} parameter, such as {@code int32}
 * @param layout the {@code layout} parameter, such as {@code native}
 */
public record Case(String op, String dtype, String layout) implements Comparable<Case> {

    private static final Comparator<Case> ORDER = Comparator
            .comparingInt((Case c) -> opRank(c.op)).thenComparing(Case::op)
            .thenComparingInt(c -> rank(DType.values(), c.dtype)).thenComparing(Case::dtype)
            .thenComparingInt(c -> rank(Layout.values(), c.layout)).thenComparing(Case::layout);

    /** The three values joined, such as {@code scale int32 native}. */
    public String label() {
        return op + " " + dtype + " " + layout;
    }

    @Override
    public int compareTo(Case other) {
        return ORDER.compare(this, other);
    }

    private static int opRank(String name) {
        List<Op> all = Ops.all();
        for (int index = 0; index < all.size(); index++) {
            if (all.get(index).name().equals(name)) {
                return index;
            }
        }
        return all.size();
    }

    private static int rank(Enum<?>[] values, String label) {
        for (Enum<?> value : values) {
            if (value.toString().equals(label)) {
                return value.ordinal();
            }
        }
        return values.length;
    }
}

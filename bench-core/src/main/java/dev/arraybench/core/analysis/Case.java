package dev.arraybench.core.analysis;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * What a chart or a summary sentence is about: the values of every case parameter of a benchmark (for
 * arraybench's own kernel scenario the op, dtype and layout; for another JMH file its other parameters and
 * the benchmark). Values are kept as the results file spells them, so a file from a newer version (or a
 * hostile one) still renders; they sort by the file's declared display order, unknown values after known
 * ones.
 *
 * @param values the case's values in parameter order, such as {@code [scale, int32, native]}
 * @param ranks each value's rank in the file's display order, one per value
 */
public record Case(List<String> values, List<Integer> ranks) implements Comparable<Case> {

    private static final Comparator<Case> ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.values.size(), b.values.size()); i++) {
            int byRank = Integer.compare(a.ranks.get(i), b.ranks.get(i));
            if (byRank != 0) {
                return byRank;
            }
            int byValue = a.values.get(i).compareTo(b.values.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.values.size(), b.values.size());
    };

    /** Copies both lists and checks they are as long. */
    public Case {
        values = List.copyOf(values);
        ranks = List.copyOf(ranks);
        if (values.size() != ranks.size()) {
            throw new IllegalArgumentException("case: " + values.size() + " values and " + ranks.size()
                    + " ranks (expected one rank per value)");
        }
    }

    /** A case of {@code values} in the order given, for tests and callers without a display order. */
    public static Case of(String... values) {
        return new Case(List.of(values), Collections.nCopies(values.length, 0));
    }

    /** The values joined, such as {@code scale int32 native}; {@code all} for a case without values. */
    public String label() {
        return values.isEmpty() ? "all" : String.join(" ", values);
    }

    @Override
    public int compareTo(Case other) {
        return ORDER.compare(this, other);
    }
}

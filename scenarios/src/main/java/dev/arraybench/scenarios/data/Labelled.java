package dev.arraybench.scenarios.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A dimension value with the short lower-case name used on the command line, in JMH parameters and in
 * results files. The static helpers parse those names back once, at the boundary, with a message that
 * names the dimension, the value and what was expected.
 */
public interface Labelled {

    /**
     * The name used on the command line and in results files: the constant's name in lower case with
     * {@code -} for {@code _}, such as {@code int32} or {@code zero-copy-parallel}.
     */
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The enum constant's name, such as {@code ZERO_COPY_PARALLEL}. */
    String name();

    /** One line saying what the value means, for {@code arraybench list}. */
    String description();

    /**
     * Finds the constant of {@code type} whose label is {@code value}, ignoring case and surrounding blanks.
     *
     * @param dimension what the value is, for the error message (such as {@code "dtype"})
     * @throws IllegalArgumentException naming the dimension, the value and the accepted labels
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String dimension, String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.label().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        dimension + ": '" + value + "' (expected one of " + labels(type) + ")"));
    }

    /** The labels of every constant of {@code type}, comma separated, in declaration order. */
    static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(", "));
    }
}

package dev.arraybench.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis labels for element counts and other plain numbers: {@code 1K}, {@code 10M}, {@code 0.5}. */
final class SizeFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final boolean sizes;

    /** Labels sizes with suffixes ({@code true}) or as plain numbers of three significant digits. */
    SizeFormat(boolean sizes) {
        this.sizes = sizes;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(sizes ? Formats.approximateSize(number) : Formats.number(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("axis labels are never parsed");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SizeFormat format && format.sizes == sizes;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(sizes);
    }
}

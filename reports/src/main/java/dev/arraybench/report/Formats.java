package dev.arraybench.report;

import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.size.Sizes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats shared by the charts, the page and the summary; locale-independent, so output is stable. */
public final class Formats {

    private static final String[] SUFFIXES = {"", "K", "M", "G", "T"};

    private Formats() {
    }

    /** A measured size by its canonical label, such as {@code 64K} or {@code 1Mi}. */
    static String size(long elements) {
        return Sizes.label(elements);
    }

    /** An estimated size rounded to two significant digits with a decimal suffix: {@code 32K}, {@code 1.5M}. */
    static String approximateSize(double elements) {
        if (!(elements > 0) || Double.isInfinite(elements)) {
            return "?";
        }
        int power = 0;
        double rounded = significant(elements, 2);
        while (power < SUFFIXES.length - 1 && rounded >= 1000) {
            rounded /= 1000;
            power++;
        }
        return plain(significant(rounded, 2)) + SUFFIXES[power];
    }

    /** A speedup such as {@code 2.31x}. */
    static String speedup(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2fx", value);
    }

    /** A speedup with its interval, such as {@code 2.31x [2.25–2.38]}. */
    static String speedup(Interval interval) {
        if (!interval.known()) {
            return speedup(interval.estimate()) + " [n/a]";
        }
        return String.format(Locale.ROOT, "%.2fx [%.2f–%.2f]", interval.estimate(), interval.low(), interval.high());
    }

    /** Three significant digits, plain notation: {@code 0.0123}, {@code 12.3}, {@code 12300}. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return plain(significant(value, 3));
    }

    /** A fraction as a whole percentage, such as {@code 42%}. */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }

    /** A duration given in nanoseconds, in the unit that reads best: {@code 850 ns}, {@code 12.3 µs}, {@code 4.79 ms}. */
    static String duration(double nanos) {
        if (Double.isNaN(nanos)) {
            return "n/a";
        }
        String[] units = {"ns", "µs", "ms", "s"};
        int unit = 0;
        double value = nanos;
        while (unit < units.length - 1 && Math.abs(value) >= 1000) {
            value /= 1000;
            unit++;
        }
        return number(value) + " " + units[unit];
    }

    /** A byte count in binary units, such as {@code 32 MiB}: the one byte formatter of every table and message. */
    public static String bytes(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int unit = 0;
        double value = bytes;
        while (unit < units.length - 1 && value >= 1024) {
            value /= 1024;
            unit++;
        }
        return number(value) + " " + units[unit];
    }

    private static double significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }

    private static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** A phase method's name as a reader reads it: {@code copyOut} becomes {@code copy-out}. */
    static String phase(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

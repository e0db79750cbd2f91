package dev.arraybench.core.size;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Array sizes as people write them: plain element counts ({@code 1000000}), decimal suffixes
 * ({@code 1K} = 1,000, {@code 1M}, {@code 1G}), binary ones ({@code 1Ki} = 1,024, {@code 1Mi},
 * {@code 1Gi}), fractions of a suffix ({@code 1.5M}), and geometric ranges ({@code 1K..64M} doubling, or
 * {@code 1K..64M:x4}; the upper end is always included). Every size has one canonical label ({@link #label}) so results from different runs
 * match.
 */
public final class Sizes {

    /** The largest size accepted: more elements than any array of this suite can hold. */
    public static final long MAX = 1L << 40;

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]i?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(.+?)\\.\\.(.+?)(?::x(\\d+))?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /**
     * Parses one size.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static long parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher matcher = SIZE.matcher(trimmed);
        if (!matcher.matches()) {
            throw invalid(text);
        }
        long unit = unit(matcher.group(2));
        double number = Double.parseDouble(matcher.group(1));
        double elements = number * unit;
        if (elements != Math.rint(elements)) {
            throw new IllegalArgumentException("size: '" + text + "' (expected a whole number of elements)");
        }
        if (elements > MAX) {
            throw new IllegalArgumentException("size: '" + text + "' (expected at most " + label(MAX) + ")");
        }
        return (long) elements;
    }

    /**
     * Parses a comma-separated list of sizes and ranges into distinct sizes in the order given.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static List<Long> parseList(String text) {
        LinkedHashSet<Long> sizes = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split(",", -1)) {
            Matcher range = RANGE.matcher(part.trim());
            if (range.matches()) {
                sizes.addAll(range(part, range));
            } else {
                sizes.add(parse(part));
            }
        }
        return List.copyOf(sizes);
    }

    /** The canonical label: the shortest exact decimal or binary suffix form, else the plain number. */
    public static String label(long size) {
        String[] decimal = {"", "K", "M", "G"};
        String[] binary = {"", "Ki", "Mi", "Gi"};
        for (int power = 3; power >= 1; power--) {
            long dec = (long) Math.pow(1000, power);
            long bin = 1L << (10 * power);
            if (size >= dec && size % dec == 0) {
                return size / dec + decimal[power];
            }
            if (size >= bin && size % bin == 0) {
                return size / bin + binary[power];
            }
        }
        return Long.toString(size);
    }

    private static List<Long> range(String text, Matcher range) {
        long from = parse(range.group(1));
        long to = parse(range.group(2));
        long step = range.group(3) == null ? 2 : Long.parseLong(range.group(3));
        if (from < 1 || to < from) {
            throw new IllegalArgumentException(
                    "size: '" + text.trim() + "' (expected a range FROM..TO with 1 <= FROM <= TO)");
        }
        if (step < 2) {
            throw new IllegalArgumentException("size: '" + text.trim() + "' (expected a step of x2 or more)");
        }
        List<Long> sizes = new ArrayList<>();
        for (long size = from; size <= to; size = Math.multiplyExact(size, step)) {
            sizes.add(size);
            if (size > to / step) {
                break;
            }
        }
        if (sizes.get(sizes.size() - 1) != to) {
            sizes.add(to);
        }
        return sizes;
    }

    private static long unit(String suffix) {
        if (suffix == null) {
            return 1;
        }
        boolean binary = suffix.length() == 2;
        int power = switch (suffix.substring(0, 1).toLowerCase(Locale.ROOT)) {
            case "k" -> 1;
            case "m" -> 2;
            default -> 3;
        };
        return binary ? 1L << (10 * power) : (long) Math.pow(1000, power);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("size: '" + text + "' (expected a count of elements such as 1000, "
                + "1K, 4M, 1.5M, 64Ki, 1Gi, or a range such as 1K..64M or 1K..64M:x4)");
    }
}

package dev.arraybench.runner.options;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the gate's percentages. A number with a percent sign is a percentage ({@code 5%}, {@code 2.5%});
 * a plain number is a fraction ({@code 0.05}). A plain number of 1 or more is refused rather than guessed
 * at ({@code --threshold 5} could mean 5% or 500%). No exponents, no spaces inside; a sign is read so that
 * {@code -5%} gets the range message.
 */
public final class Percentages {

    private static final Pattern DECIMAL = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(%?)");

    private Percentages() {
    }

    /** {@code --threshold}: above 0% and below 100%. */
    public static final class Threshold implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = parse(text, "5%", "0.05");
            if (!(value > 0 && value < 1)) {
                throw new TypeConversionException(quote(text)
                        + " (expected a percentage above 0% and below 100%, such as 5%, or a fraction such as 0.05)");
            }
            return value;
        }
    }

    /** {@code --max-regret}: above 0%, without an upper end (following a bad threshold can cost 300%). */
    public static final class Regret implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = parse(text, "10%", "0.1");
            if (!(value > 0)) {
                throw new TypeConversionException(quote(text) + " (expected a percentage above 0%, such as 10%)");
            }
            return value;
        }
    }

    /** {@code --confidence}: from 50% to 99.9%. */
    public static final class Confidence implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = parse(text, "99%", "0.99");
            if (!(value >= 0.5 && value <= 0.999)) {
                throw new TypeConversionException(quote(text)
                        + " (expected from 50% to 99.9%, such as 99%, or a fraction such as 0.99)");
            }
            return value;
        }
    }

    /** The fraction {@code text} stands for; {@code percentExample} and {@code fractionExample} go in errors. */
    static double parse(String text, String percentExample, String fractionExample) {
        var match = DECIMAL.matcher(text.strip());
        if (!match.matches()) {
            throw new TypeConversionException(quote(text) + " is not a number (expected a percentage such as "
                    + percentExample + " or a fraction such as " + fractionExample + ")");
        }
        BigDecimal number = new BigDecimal(match.group(1));
        boolean percent = !match.group(2).isEmpty();
        if (!percent && number.compareTo(BigDecimal.ONE) >= 0) {
            throw new TypeConversionException(quote(text) + " (a number without % is a fraction and must be below 1:"
                    + " did you mean " + match.group(1) + "%?)");
        }
        return percent ? number.movePointLeft(2).doubleValue() : number.doubleValue();
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }
}

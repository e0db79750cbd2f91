package dev.arraybench.report;

import dev.arraybench.core.analysis.Variant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * One fixed colour, marker shape and line per variant (and per phase), the same on every chart. Colours are the Okabe–Ito palette, which stays distinguishable with the common forms of colour
 * blindness; shapes differ too, so the charts also read in grey.
 */
public final class Palette {

    /** Okabe–Ito black, used for the sequential baseline. */
    static final Color BLACK = new Color(0x000000);
    static final Color ORANGE = new Color(0xE69F00);
    /** Okabe–Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe–Ito bluish green. */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Okabe–Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe–Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** For references: the 1.0 line, the ceiling, ideal scaling. */
    public static final Color GREY = new Color(0x666666);

    private static final List<Color> VARIANT_COLOURS = List.of(VERMILLION, BLUE, ORANGE, BLUISH_GREEN,
            REDDISH_PURPLE, SKY_BLUE);
    private static final List<Color> PHASE_COLOURS = List.of(REDDISH_PURPLE, ORANGE, BLUE, SKY_BLUE);

    private Palette() {
    }

    /**
     * The colour of a variant (every line of it shares it): black for the baseline, else by its rank in the
     * file's display order, so a variant keeps its colour on every chart.
     */
    static Color colour(Variant variant) {
        return variant.baseline() ? BLACK : colour(variant.rank());
    }

    /** The colour of the line at {@code rank} (1 and up) after a black first line. */
    static Color colour(int rank) {
        return VARIANT_COLOURS.get(Math.floorMod(rank - 1, VARIANT_COLOURS.size()));
    }

    /** The colour of the copy-parallel phase at {@code index} (allocate, copy-out, process, copy-back). */
    static Color phase(int index) {
        return PHASE_COLOURS.get(index % PHASE_COLOURS.size());
    }

    /** The colour as CSS {@code #rrggbb}. */
    static String css(Color colour) {
        return String.format(Locale.ROOT, "#%06x", colour.getRGB() & 0xFFFFFF);
    }

    /** The marker of a variant by its rank: circle, square, triangle, diamond, down-triangle, then a cross. */
    static Shape shape(Variant variant) {
        return shape(variant.rank());
    }

    /** The marker of the line at {@code rank}, as for a variant of that rank. */
    static Shape shape(int rank) {
        double s = 7;
        return switch (rank) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> polygon(0, -s / 1.6, s / 1.6, s / 2.2, -s / 1.6, s / 2.2);
            case 3 -> polygon(0, -s / 1.4, s / 1.4, 0, 0, s / 1.4, -s / 1.4, 0);
            case 4 -> polygon(0, s / 1.6, s / 1.6, -s / 2.2, -s / 1.6, -s / 2.2);
            default -> polygon(-s / 2, -s / 6, -s / 6, -s / 6, -s / 6, -s / 2, s / 6, -s / 2, s / 6, -s / 6, s / 2,
                    -s / 6, s / 2, s / 6, s / 6, s / 6, s / 6, s / 2, -s / 6, s / 2, -s / 6, s / 6, -s / 2, s / 6);
        };
    }

    /**
     * The stroke of a line: the baseline thicker, so the eye finds it first; a line on any pool but the
     * chart's first ({@code firstPool}) dotted.
     */
    static Stroke stroke(Variant variant, String firstPool) {
        if (!variant.pool().isEmpty() && !variant.pool().equals(firstPool)) {
            return new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);
        }
        return new BasicStroke(variant.baseline() ? 2.6f : 1.8f);
    }

    /** A dashed line for references (the 1.0 line, the ceiling, ideal scaling). */
    static Stroke dashed() {
        return new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}

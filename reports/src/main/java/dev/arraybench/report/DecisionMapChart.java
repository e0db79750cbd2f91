package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Variant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The decision map: one row per case, one cell per measured size on a log-size axis, coloured by the
 * variant to run there (its colour on every other chart) and labelled with its speedup; the baseline's
 * colour where nothing is reliably faster, hatched where the best candidate is undecided.
 */
final class DecisionMapChart {

    /** The map's file name beside the summary. */
    static final String FILE = "decision-map.png";

    private static final Font CELL = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font POOL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final int MAX_CASE_LABEL = 28;
    /** Pixels of the plot area a cell's label needs, estimated from the chart's width. */
    private static final double PLOT_WIDTH = ChartStyle.WIDTH - 260.0;
    private static final double MIN_LABEL_PIXELS = 34;

    private DecisionMapChart() {
    }

    /** The map as an image, or {@code null} when no case has a speedup. */
    static ChartImage image(Analysis analysis, List<DecisionMap.Row> rows) {
        JFreeChart chart = of(analysis, rows);
        return chart == null ? null : new ChartImage(FILE, "Decision map: what to run at each size",
                "Each cell is one case at one measured size, coloured by the fastest variant whose whole 95% speedup"
                        + " interval lies above 1 against " + analysis.baseline() + ", labelled with that speedup."
                        + " The baseline's colour means nothing is reliably faster there; hatching means the best"
                        + " candidate's interval includes 1 (its speedup is labelled with a question mark).",
                ChartStyle.png(chart));
    }

    /** The map as a chart, or {@code null} when there are no rows. */
    static JFreeChart of(Analysis analysis, List<DecisionMap.Row> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        // the first case on top: rows count from the bottom (an inverted axis would turn boxes inside out)
        String[] labels = new String[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = shorten(rows.get(rows.size() - 1 - i).kase().label());
        }
        SymbolAxis cases = new SymbolAxis(null, labels);
        cases.setAutoRange(false);
        cases.setRange(-0.5, rows.size() - 0.5);
        cases.setGridBandsVisible(false);
        LogAxis sizes = ChartStyle.logAxis("array size (elements, log scale)", true);
        XYPlot plot = new XYPlot(new DefaultXYDataset(), sizes, cases, new XYLineAndShapeRenderer(false, false));
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        Map<String, LegendItem> legend = new LinkedHashMap<>();
        double rowPixels = (ChartStyle.HEIGHT - 200.0) / rows.size();
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.size() - 1 - i;
            List<DecisionMap.Cell> cells = rows.get(i).cells();
            boolean pools = cells.stream().map(c -> c.best().variant().pool()).distinct().count() > 1;
            double[] edges = edges(cells);
            lowest = Math.min(lowest, edges[0]);
            highest = Math.max(highest, edges[edges.length - 1]);
            for (int c = 0; c < cells.size(); c++) {
                DecisionMap.Cell cell = cells.get(c);
                Variant variant = cell.best().variant();
                Paint fill = switch (cell.kind()) {
                    case FASTER -> Palette.colour(variant);
                    case BASELINE -> Palette.BLACK;
                    case UNDECIDED -> hatch(Palette.colour(variant));
                };
                plot.addAnnotation(new XYBoxAnnotation(edges[c], r - 0.42, edges[c + 1], r + 0.42,
                        new BasicStroke(1.5f), Color.WHITE, fill));
                if (cell.kind() == DecisionMap.Kind.FASTER) {
                    legend.putIfAbsent(variant.strategy(),
                            new LegendItem(shorten(variant.strategy()), Palette.colour(variant)));
                }
                labels(plot, cell, Math.sqrt(edges[c] * edges[c + 1]), r, pools && rowPixels >= 36,
                        wide(edges[c], edges[c + 1], edges, rowPixels));
            }
        }
        sizes.setAutoRange(false);
        sizes.setRange(lowest, highest);
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        LegendItemCollection items = new LegendItemCollection();
        legend.values().forEach(items::add);
        items.add(new LegendItem(shorten(analysis.baseline()) + ": nothing reliably faster", Palette.BLACK));
        items.add(new LegendItem("undecided", null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
                hatch(Palette.GREY)));
        plot.setFixedLegendItems(items);
        JFreeChart chart = ChartStyle.chart("Decision map: what to run at each size",
                "the fastest variant reliably faster than " + analysis.baseline() + " (95% interval above 1) with"
                        + " its speedup; hatched where the best candidate is undecided"
                        + ChartVariants.threadsNote(rows.stream().flatMap(r -> r.cells().stream())
                                .map(c -> c.best().variant()).distinct().toList()), plot);
        cases.setTickLabelFont(ChartStyle.labelFont());
        return chart;
    }

    /** The cells' edges on the log axis: halfway (geometrically) between neighbouring sizes. */
    static double[] edges(List<DecisionMap.Cell> cells) {
        int n = cells.size();
        double[] edges = new double[n + 1];
        for (int i = 1; i < n; i++) {
            edges[i] = Math.sqrt((double) cells.get(i - 1).size() * cells.get(i).size());
        }
        double first = cells.get(0).size();
        double last = cells.get(cells.size() - 1).size();
        edges[0] = n == 1 ? first / 2 : first * first / edges[1];
        edges[n] = n == 1 ? last * 2 : last * last / edges[n - 1];
        return edges;
    }

    private static boolean wide(double from, double to, double[] edges, double rowPixels) {
        double decades = Math.log10(edges[edges.length - 1] / edges[0]);
        return rowPixels >= 16 && PLOT_WIDTH * Math.log10(to / from) / decades >= MIN_LABEL_PIXELS;
    }

    private static void labels(XYPlot plot, DecisionMap.Cell cell, double x, int row, boolean pool, boolean room) {
        if (!room || cell.kind() == DecisionMap.Kind.BASELINE) {
            return;
        }
        boolean undecided = cell.kind() == DecisionMap.Kind.UNDECIDED;
        String text = shortSpeedup(cell.best().speedup().estimate()) + (undecided ? "?" : "");
        Color ink = undecided || light(Palette.colour(cell.best().variant())) ? Color.BLACK : Color.WHITE;
        XYTextAnnotation label = new XYTextAnnotation(text, x, pool ? row - 0.12 : row);
        label.setFont(CELL);
        label.setPaint(ink);
        if (undecided) {
            label.setBackgroundPaint(Color.WHITE);
        }
        plot.addAnnotation(label);
        if (pool && !cell.best().variant().pool().isEmpty()) {
            XYTextAnnotation name = new XYTextAnnotation(shorten(cell.best().variant().pool()), x, row + 0.2);
            name.setFont(POOL);
            name.setPaint(ink);
            if (undecided) {
                name.setBackgroundPaint(Color.WHITE);
            }
            plot.addAnnotation(name);
        }
    }

    /** A speedup in two significant digits for a cell: {@code 3.2x}, {@code 12x}. */
    static String shortSpeedup(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "?";
        }
        return String.format(Locale.ROOT, value < 9.95 ? "%.1fx" : "%.0fx", value);
    }

    private static Paint hatch(Color colour) {
        BufferedImage tile = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 10, 10);
        g.setColor(colour);
        g.setStroke(new BasicStroke(2.2f));
        g.drawLine(-1, 11, 11, -1);
        g.drawLine(-6, 6, 6, -6);
        g.drawLine(4, 16, 16, 4);
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 10, 10));
    }

    private static boolean light(Color colour) {
        return 0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue() > 150;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_CASE_LABEL ? text : text.substring(0, MAX_CASE_LABEL - 1) + "…";
    }
}

package dev.arraybench.report;

import dev.arraybench.core.analysis.Variant;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** What every chart shares: size, fonts, the legend below, log axes, strategy colours, PNG encoding. */
public final class ChartStyle {

    /** Chart width in pixels. */
    public static final int WIDTH = 960;
    /** Chart height in pixels. */
    public static final int HEIGHT = 540;

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int MAX_TITLE = 90;
    private static final int MAX_SUBTITLE = 300;

    private ChartStyle() {
    }

    /** A chart around {@code plot} with a title, a one-line subtitle and the legend below. */
    public static JFreeChart chart(String title, String subtitle, Plot plot) {
        JFreeChart chart = new JFreeChart(shorten(title, MAX_TITLE), TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(shorten(subtitle, MAX_SUBTITLE), SUBTITLE));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(LABEL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.LIGHT_GRAY);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(0xDDDDDD));
            xy.setRangeGridlinePaint(new Color(0xDDDDDD));
            xy.setDomainMinorGridlinesVisible(true);
            xy.setRangeMinorGridlinesVisible(true);
            xy.setDomainMinorGridlinePaint(new Color(0xF2F2F2));
            xy.setRangeMinorGridlinePaint(new Color(0xF2F2F2));
            xy.getDomainAxis().setLabelFont(LABEL);
            xy.getDomainAxis().setTickLabelFont(TICK);
            xy.getRangeAxis().setLabelFont(LABEL);
            xy.getRangeAxis().setTickLabelFont(TICK);
        }
        return chart;
    }

    /** A base-10 logarithmic axis whose labels are sizes ({@code 1K}) or plain numbers. */
    public static LogAxis logAxis(String label, boolean sizes) {
        return new NiceLogAxis(label, sizes);
    }

    /** Lines with markers and vertical error bars, one colour, shape and stroke per variant, in series order. */
    static XYErrorRenderer lines(List<Variant> variants) {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(6);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        String firstPool = variants.stream().map(Variant::pool).filter(pool -> !pool.isEmpty()).findFirst()
                .orElse("");
        for (int series = 0; series < variants.size(); series++) {
            Variant variant = variants.get(series);
            renderer.setSeriesPaint(series, Palette.colour(variant));
            renderer.setSeriesShape(series, Palette.shape(variant));
            renderer.setSeriesStroke(series, Palette.stroke(variant, firstPool));
            renderer.setSeriesShapesFilled(series, true);
        }
        return renderer;
    }

    /** A dashed grey horizontal reference line labelled at its left end, above or below the line. */
    static ValueMarker reference(double value, String label, boolean above) {
        ValueMarker marker = new ValueMarker(value, Palette.GREY, Palette.dashed());
        marker.setLabel(label);
        marker.setLabelFont(TICK);
        marker.setLabelPaint(Palette.GREY);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        marker.setLabelAnchor(above ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(above ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
        return marker;
    }

    /** A dashed grey vertical line at a cache's size, labelled with its name at the top. */
    static ValueMarker cache(double elements, String name) {
        ValueMarker marker = new ValueMarker(elements, Palette.GREY, Palette.dashed());
        marker.setLabel(name);
        marker.setLabelFont(TICK);
        marker.setLabelPaint(Palette.GREY);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }

    /** The chart as a PNG of {@link #WIDTH} x {@link #HEIGHT} pixels. */
    public static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("chart: cannot be encoded as PNG", e);
        }
        return out.toByteArray();
    }

    /** The label font, for annotations. */
    static Font labelFont() {
        return LABEL;
    }

    private static String shorten(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}

package dev.arraybench.report.history;

import dev.arraybench.core.history.CommitPoint;
import dev.arraybench.core.history.Series;
import dev.arraybench.core.history.SeriesChange;
import dev.arraybench.report.ChartStyle;
import dev.arraybench.report.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One benchmark's trend over commits on one machine: every fork mean as a dot, each commit's mean as a line,
 * each change point as a vertical line labelled with its commit range and size, and the size's interval
 * shaded across the value axis from the level before the change.
 */
final class TrendChart {

    private TrendChart() {
    }

    static JFreeChart of(Series series, List<SeriesChange> changes) {
        XYSeries forks = new XYSeries("fork means", false, true);
        XYSeries commits = new XYSeries("commit mean", false, true);
        List<CommitPoint> points = series.points();
        for (int i = 0; i < points.size(); i++) {
            for (double mean : points.get(i).forkMeans()) {
                forks.add(i, mean);
            }
            commits.add(i, points.get(i).value());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(forks);
        data.addSeries(commits);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesPaint(0, new Color(0x999999));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, Palette.BLUE);
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        NumberAxis commitAxis = new NumberAxis("commit (oldest to newest)");
        commitAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        NumberAxis valueAxis = new NumberAxis(series.unit());
        valueAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, commitAxis, valueAxis, renderer);
        for (SeriesChange change : changes) {
            mark(plot, change);
        }
        String subtitle = series.machine() + "; " + (changes.isEmpty() ? "no change point"
                : changes.size() + " change point" + (changes.size() == 1 ? "" : "s") + ", interval of each size"
                        + " shaded") + (series.lowerIsBetter() ? "; lower is better" : "; higher is better");
        return ChartStyle.chart(series.benchmark().toString(), subtitle, plot);
    }

    private static void mark(XYPlot plot, SeriesChange change) {
        Color colour = change.regression() ? Palette.VERMILLION : Palette.BLUISH_GREEN;
        double at = change.change().index() - 0.5;
        ValueMarker line = new ValueMarker(at, colour, new BasicStroke(1.5f));
        line.setLabel(change.commitRange() + " " + ChangeWords.signed(change.change().size()));
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        line.setLabelPaint(colour);
        plot.addDomainMarker(line, Layer.FOREGROUND);
        double before = change.change().before();
        IntervalMarker interval = new IntervalMarker(before * (1 + change.change().low()),
                before * (1 + change.change().high()), new Color(colour.getRed(), colour.getGreen(),
                        colour.getBlue(), 40));
        plot.addRangeMarker(interval, Layer.BACKGROUND);
    }
}

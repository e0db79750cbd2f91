package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.analysis.KernelPoint;
import dev.arraybench.core.analysis.Variant;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Chart 1: time per element against size, one line per strategy, with the 95% interval as error bars. */
final class TimeChart {

    private TimeChart() {
    }

    /** The chart for {@code kase}, or {@code null} when it has no points. */
    static JFreeChart of(Analysis analysis, Case kase) {
        List<KernelPoint> points = analysis.points(kase);
        List<Variant> variants = ChartVariants.of(points);
        if (variants.isEmpty()) {
            return null;
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Variant variant : variants) {
            YIntervalSeries series = new YIntervalSeries(variant.label(), false, true);
            points.stream().filter(p -> p.variant().equals(variant)).forEach(p -> add(series, p));
            data.addSeries(series);
        }
        XYPlot plot = new XYPlot(data, ChartStyle.logAxis("array size (elements, log scale)", true),
                ChartStyle.logAxis("time per element (ns, log scale)", false),
                ChartStyle.lines(variants));
        return ChartStyle.chart("Time per element: " + kase.label(),
                "mean with 95% bootstrap interval; lower is better" + ChartVariants.threadsNote(variants), plot);
    }

    private static void add(YIntervalSeries series, KernelPoint point) {
        Interval perElement = point.nanosPerElement();
        if (perElement.estimate() > 0) {
            series.add(point.size(), perElement.estimate(), orElse(perElement.low(), perElement.estimate()),
                    orElse(perElement.high(), perElement.estimate()));
        }
    }

    /** {@code value}, or {@code fallback} when it is not a positive number (a log axis cannot show it). */
    static double orElse(double value, double fallback) {
        return value > 0 && !Double.isInfinite(value) ? value : fallback;
    }
}

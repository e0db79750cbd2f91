package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.CacheSizes;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.analysis.Variant;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart 2: speedup against sequential across sizes, with the 1.0 line, each break-even size marked by an
 * arrow and labelled, and the machine's caches (when recorded) as vertical lines.
 */
final class SpeedupChart {

    private SpeedupChart() {
    }

    /** The chart for {@code kase}, or {@code null} when it has no speedups. */
    static JFreeChart of(Analysis analysis, Case kase) {
        List<Speedup> speedups = analysis.speedups(kase);
        List<Variant> variants = ChartVariants.of(analysis.points(kase)).stream()
                .filter(v -> speedups.stream().anyMatch(s -> s.variant().equals(v))).toList();
        if (variants.isEmpty()) {
            return null;
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double low = 1;
        double high = 1;
        for (Variant variant : variants) {
            YIntervalSeries series = new YIntervalSeries(variant.label(), false, true);
            for (Speedup s : speedups) {
                double estimate = s.speedup().estimate();
                if (s.variant().equals(variant) && estimate > 0 && !Double.isInfinite(estimate)) {
                    double from = TimeChart.orElse(s.speedup().low(), estimate);
                    double to = TimeChart.orElse(s.speedup().high(), estimate);
                    series.add(s.size(), estimate, from, to);
                    low = Math.min(low, from);
                    high = Math.max(high, to);
                }
            }
            data.addSeries(series);
        }
        LogAxis range = ChartStyle.logAxis("speedup vs " + analysis.baseline() + " (x, log scale)", false);
        range.setAutoRange(false);
        range.setRange(low / 1.35, high * 1.35);
        XYPlot plot = new XYPlot(data, ChartStyle.logAxis("array size (elements, log scale)", true), range,
                ChartStyle.lines(variants));
        plot.addRangeMarker(ChartStyle.reference(1, "1.0 = as fast as " + analysis.baseline(), true));
        Double bytes = analysis.bytesPerElement(kase);
        long smallest = speedups.stream().mapToLong(Speedup::size).min().orElse(1);
        long largest = speedups.stream().mapToLong(Speedup::size).max().orElse(1);
        if (bytes != null) {
            for (CacheSizes.Cache cache : analysis.caches().between(smallest, largest, bytes)) {
                plot.addDomainMarker(ChartStyle.cache(cache.elements(bytes), cache.name()));
            }
        }
        int index = 0;
        for (BreakEven breakEven : analysis.breakEvens(kase)) {
            if (breakEven.kind() == BreakEven.Kind.BETWEEN && variants.contains(breakEven.variant())) {
                plot.addAnnotation(marker(breakEven, index++));
            }
        }
        return ChartStyle.chart("Speedup vs " + analysis.baseline() + ": " + kase.label(),
                "above 1.0 is faster; arrows mark break-even sizes (median crossing of the bootstrap resamples);"
                        + " dashed vertical lines mark where the traffic per call fills a cache"
                        + ChartVariants.threadsNote(variants), plot);
    }

    private static XYPointerAnnotation marker(BreakEven breakEven, int index) {
        String label = breakEven.variant().line() + ": " + Formats.approximateSize(breakEven.size());
        double angle = index % 2 == 0 ? -Math.PI / 4 : Math.PI / 4;
        XYPointerAnnotation arrow = new XYPointerAnnotation(label, breakEven.size(), 1, angle);
        arrow.setFont(ChartStyle.labelFont());
        arrow.setPaint(Palette.colour(breakEven.variant()));
        arrow.setArrowPaint(Palette.colour(breakEven.variant()));
        arrow.setBaseRadius(40 + 18 * (index / 2));
        arrow.setTipRadius(3);
        arrow.setTextAnchor(index % 2 == 0 ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
        return arrow;
    }
}

package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.analysis.Speedup;
import dev.arraybench.core.analysis.ThreadScaling;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Chart 5: speedup against threads for each parallel strategy at the largest size that ran several thread counts. */
final class ScalingChart {

    private ScalingChart() {
    }

    /** The chart for {@code kase}, or {@code null} when no strategy ran on several thread counts. */
    static JFreeChart of(Analysis analysis, Case kase) {
        List<ThreadScaling> all = analysis.scaling(kase);
        long size = all.stream().mapToLong(ThreadScaling::size).max().orElse(0);
        List<ThreadScaling> shown = all.stream().filter(s -> s.size() == size)
                .sorted((a, b) -> a.speedups().get(0).variant().compareTo(b.speedups().get(0).variant()))
                .toList();
        if (shown.isEmpty()) {
            return null;
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int maxThreads = 1;
        for (ThreadScaling scaling : shown) {
            YIntervalSeries series = new YIntervalSeries(scaling.strategy(), false, true);
            for (Speedup s : scaling.speedups()) {
                double estimate = s.speedup().estimate();
                series.add(s.variant().threads(), estimate, TimeChart.orElse(s.speedup().low(), estimate),
                        TimeChart.orElse(s.speedup().high(), estimate));
                maxThreads = Math.max(maxThreads, s.variant().threads());
            }
            data.addSeries(series);
        }
        NumberAxis threads = new NumberAxis("threads");
        threads.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        threads.setRange(0.5, maxThreads + 0.5);
        NumberAxis speedup = new NumberAxis("speedup vs " + analysis.baseline() + " (x)");
        speedup.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, threads, speedup,
                ChartStyle.lines(shown.stream().map(s -> s.speedups().get(0).variant()).toList()));
        XYSeries ideal = new XYSeries("ideal: speedup = threads");
        ideal.add(1, 1);
        ideal.add(maxThreads, maxThreads);
        XYLineAndShapeRenderer idealRenderer = new XYLineAndShapeRenderer(true, false);
        idealRenderer.setSeriesPaint(0, Palette.GREY);
        idealRenderer.setSeriesStroke(0, Palette.dashed());
        plot.setDataset(1, new XYSeriesCollection(ideal));
        plot.setRenderer(1, idealRenderer);
        plot.addRangeMarker(ChartStyle.reference(1, "1.0 = as fast as " + analysis.baseline(), true));
        return ChartStyle.chart("Thread scaling at " + Formats.size(size) + " elements: " + kase.label(),
                "speedup vs " + analysis.baseline() + " on 1 thread, with 95% bootstrap interval; the dashed line is linear scaling",
                plot);
    }
}

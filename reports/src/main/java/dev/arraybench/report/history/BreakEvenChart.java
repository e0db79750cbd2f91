package dev.arraybench.report.history;

import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.history.BreakEvenTrack;
import dev.arraybench.report.ChartStyle;
import dev.arraybench.report.Palette;
import java.awt.BasicStroke;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One case and variant's break-even over commits on one machine: the estimate at each commit with its 95%
 * interval as a bar, on a log axis of sizes. An interval that reaches beyond the measured range is drawn to
 * the largest size measured and says so in the subtitle; a commit where the variant never broke even in
 * range has no point.
 */
final class BreakEvenChart {

    private BreakEvenChart() {
    }

    static JFreeChart of(BreakEvenTrack track) {
        YIntervalSeries series = new YIntervalSeries("break-even (95% interval)", false, true);
        List<BreakEven> breakEvens = track.breakEvens();
        boolean open = false;
        for (int i = 0; i < breakEvens.size(); i++) {
            BreakEven breakEven = breakEvens.get(i);
            double estimate = breakEven.size();
            if (!Double.isFinite(estimate)) {
                open = true;
                continue;
            }
            double low = Math.max(breakEven.smallest(), breakEven.crossing().low());
            double high = breakEven.crossing().high();
            if (!Double.isFinite(high)) {
                open = true;
                high = breakEven.largest();
            }
            series.add(i, estimate, low, Math.max(estimate, high));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(6);
        renderer.setDefaultLinesVisible(true);
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis commitAxis = new NumberAxis("commit (oldest to newest)");
        commitAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        LogAxis sizeAxis = ChartStyle.logAxis("break-even (elements, log scale)", true);
        XYPlot plot = new XYPlot(data, commitAxis, sizeAxis, renderer);
        List<String> moves = track.moves();
        String subtitle = track.machine() + "; " + (moves.isEmpty() ? "no move beyond the intervals"
                : String.join("; ", moves.stream().map(m -> m.substring(m.indexOf(": ") + 2)).toList()))
                + (open ? "; some intervals reach beyond the measured range (drawn to its end) or never break even"
                        : "");
        return ChartStyle.chart("Break-even over commits: " + track.label(), subtitle, plot);
    }
}

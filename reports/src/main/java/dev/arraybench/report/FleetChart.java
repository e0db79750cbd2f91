package dev.arraybench.report;

import dev.arraybench.core.analysis.BreakEven;
import java.awt.BasicStroke;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The fleet chart of one case: the break-even size of each variant line on each machine, with the measured
 * sizes around it as its bar, machines along the bottom labelled with processor, cores and JDK; a second pool
 * of a strategy draws hollow shapes. Lines that
 * never break even on a machine leave that machine's point out (the table says so).
 */
final class FleetChart {

    private FleetChart() {
    }

    /** The chart for {@code kase}, or {@code null} when no line breaks even on any machine. */
    static ChartImage of(FleetView view, String kase, String slug) {
        Map<String, List<BreakEven>> byLine = view.breakEvens().get(kase);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int lines = byLine.size();
        double low = Double.MAX_VALUE;
        double high = 0;
        int index = 0;
        for (Map.Entry<String, List<BreakEven>> line : byLine.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(line.getKey(), false, true);
            double offset = lines == 1 ? 0 : -0.25 + 0.5 * index / (lines - 1);
            for (int m = 0; m < line.getValue().size(); m++) {
                BreakEven b = line.getValue().get(m);
                if (b != null && b.breaksEven()) {
                    double from = b.kind() == BreakEven.Kind.BETWEEN ? b.below() : b.size();
                    double to = b.kind() == BreakEven.Kind.BETWEEN ? b.above() : b.size();
                    series.add(m + offset, b.size(), from, to);
                    low = Math.min(low, from);
                    high = Math.max(high, to);
                }
            }
            data.addSeries(series);
            index++;
        }
        if (high == 0) {
            return null;
        }
        String[] machines = new String[view.machines().size()];
        for (int m = 0; m < machines.length; m++) {
            machines[m] = (m + 1) + ": " + view.machines().get(m).label();
        }
        SymbolAxis domain = new SymbolAxis("machine", machines);
        domain.setRange(-0.5, machines.length - 0.5);
        domain.setGridBandsVisible(false);
        LogAxis range = ChartStyle.logAxis("break-even size (elements, log scale)", true);
        range.setAutoRange(false);
        range.setRange(low / 2, high * 2);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(8);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        String firstPool = null;
        int series = 0;
        for (String line : byLine.keySet()) {
            BreakEven any = byLine.get(line).stream().filter(b -> b != null).findFirst().orElseThrow();
            String pool = any.variant().pool();
            firstPool = firstPool == null && !pool.isEmpty() ? pool : firstPool;
            renderer.setSeriesPaint(series, Palette.colour(any.variant()));
            renderer.setSeriesShape(series, Palette.shape(any.variant()));
            renderer.setSeriesShapesFilled(series, pool.isEmpty() || pool.equals(firstPool));
            series++;
        }
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        String title = "Break-even by machine: " + kase;
        JFreeChart chart = ChartStyle.chart(title, "the size from which each variant is reliably faster than"
                + " the baseline; bars span the measured sizes around it", plot);
        return new ChartImage(slug + "-fleet.png", title, "Each machine analysed on its own results; a point is"
                + " missing where the variant is not reliably faster at any measured size.", ChartStyle.png(chart));
    }
}

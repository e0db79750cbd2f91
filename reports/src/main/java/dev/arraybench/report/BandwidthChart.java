package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Bandwidth;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.analysis.Variant;
import dev.arraybench.core.result.Ceiling;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Chart 3: effective bandwidth (useful bytes per second) against size, with the measured ceiling drawn. */
final class BandwidthChart {

    private BandwidthChart() {
    }

    /** The chart for {@code kase}, or {@code null} when no point has a known bandwidth. */
    static JFreeChart of(Analysis analysis, Case kase) {
        List<Bandwidth> bandwidths = analysis.bandwidths(kase).stream()
                .filter(b -> b.gbPerSecond() > 0 && !Double.isInfinite(b.gbPerSecond())).toList();
        List<Variant> variants = ChartVariants.of(analysis.points(kase)).stream()
                .filter(v -> bandwidths.stream().anyMatch(b -> b.point().variant().equals(v))).toList();
        if (variants.isEmpty()) {
            return null;
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double top = 0;
        double bottom = Double.MAX_VALUE;
        for (Variant variant : variants) {
            YIntervalSeries series = new YIntervalSeries(variant.label(), false, true);
            for (Bandwidth b : bandwidths) {
                if (b.point().variant().equals(variant)) {
                    Interval time = b.point().nanosPerOp();
                    double scale = b.gbPerSecond() * time.estimate();
                    double low = TimeChart.orElse(scale / time.high(), b.gbPerSecond());
                    double high = TimeChart.orElse(scale / time.low(), b.gbPerSecond());
                    series.add(b.point().size(), b.gbPerSecond(), low, high);
                    top = Math.max(top, high);
                    bottom = Math.min(bottom, low);
                }
            }
            data.addSeries(series);
        }
        LogAxis range = ChartStyle.logAxis("effective bandwidth (GB/s of useful bytes, log scale)", false);
        XYPlot plot = new XYPlot(data, ChartStyle.logAxis("array size (elements, log scale)", true), range,
                ChartStyle.lines(variants));
        Ceiling ceiling = analysis.ceiling();
        String note = "no ceiling measured";
        if (ceiling != null) {
            double one = Bandwidth.ceiling(ceiling, 1);
            double all = Bandwidth.ceiling(ceiling, ceiling.threads());
            if (one > 0) {
                plot.addRangeMarker(ChartStyle.reference(one, "ceiling, 1 thread: " + Formats.number(one) + " GB/s",
                        false));
                top = Math.max(top, one);
                bottom = Math.min(bottom, one);
            }
            if (all > 0 && ceiling.threads() > 1) {
                plot.addRangeMarker(ChartStyle.reference(all, "ceiling, " + ceiling.threads() + " threads: "
                        + Formats.number(all) + " GB/s", true));
                top = Math.max(top, all);
            }
            note = "dashed: the measured memory bandwidth ceiling";
        }
        range.setRange(bottom / 1.3, top * 1.3);
        return ChartStyle.chart("Effective bandwidth: " + kase.label(),
                "useful bytes (the kernel's own reads and writes) per second; higher is better; " + note
                        + ChartVariants.threadsNote(variants), plot);
    }
}

package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.analysis.PhaseBreakdown;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Chart 4: where copy-parallel's time goes. One stacked bar per measured size showing each phase's share of
 * the measured time, and a last bar with each phase's share of the bytes the traffic model predicts.
 */
final class PhaseChart {

    /** The category of the traffic model's bar. */
    static final String MODEL = "model";

    private PhaseChart() {
    }

    /** The chart for {@code kase}, or {@code null} when the phase scenario did not run for it. */
    static JFreeChart of(Analysis analysis, Case kase) {
        List<PhaseBreakdown> phases = shown(analysis, kase);
        if (phases.isEmpty()) {
            return null;
        }
        List<String> names = analysis.phaseNames();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PhaseBreakdown breakdown : phases) {
            for (String phase : names) {
                Interval measured = breakdown.measured().get(phase);
                data.addValue(measured == null ? 0 : measured.estimate(), Formats.phase(phase),
                        Formats.size(breakdown.size()));
            }
        }
        PhaseBreakdown first = phases.get(0);
        if (first.hasModel()) {
            for (String phase : names) {
                data.addValue(first.modelBytes(phase), Formats.phase(phase), MODEL);
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer(true);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < names.size(); i++) {
            renderer.setSeriesPaint(i, Palette.phase(i));
        }
        NumberAxis share = new NumberAxis("share of the total");
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(
                "array size (bars: share of measured time; last bar: share of the traffic model's bytes)"), share, renderer);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        return ChartStyle.chart("Where the time goes: " + kase.label(),
                "phase scenario on " + first.threads() + (first.threads() == 1 ? " thread" : " threads")
                        + ": where the time goes at each size, beside where the bytes go in the traffic model", plot);
    }

    /** The breakdowns the chart shows: those on the most threads measured. */
    static List<PhaseBreakdown> shown(Analysis analysis, Case kase) {
        List<PhaseBreakdown> all = analysis.phases(kase);
        int threads = all.stream().mapToInt(PhaseBreakdown::threads).max().orElse(0);
        return all.stream().filter(p -> p.threads() == threads).toList();
    }
}

package dev.arraybench.report;

import dev.arraybench.core.regret.Policy;
import dev.arraybench.core.regret.PolicyRegret;
import dev.arraybench.core.regret.RegretPoint;
import dev.arraybench.core.regret.VariantRegret;
import java.awt.BasicStroke;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The regret of one variant by held-out size, one line per policy: the time of the policy's choice over the
 * time of the best choice (1.0 = the best choice; 1.1 = 10% regret), on a log axis so that the advice's few
 * percent and a fixed cut-off's hundredfold both read, with each point's bootstrap interval as a bar. The
 * advice is the thick black line.
 */
final class RegretChart {

    /** The smallest ratio the axis shows, so that a best choice (1.0) sits just above its floor. */
    private static final double FLOOR = 0.98;

    private RegretChart() {
    }

    static ChartImage of(VariantRegret variant, int index) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(5);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        double highest = 1.1;
        for (PolicyRegret policy : variant.policies()) {
            YIntervalSeries series = new YIntervalSeries(label(policy), false, true);
            for (RegretPoint point : policy.points()) {
                double estimate = 1 + point.regret().estimate();
                double low = Double.isNaN(point.regret().low()) ? estimate : 1 + point.regret().low();
                double high = Double.isNaN(point.regret().high()) ? estimate : 1 + point.regret().high();
                series.add(point.size(), estimate, Math.max(FLOOR, low), high);
                highest = Math.max(highest, high);
            }
            int rank = policy.policy().ordinal();
            int line = data.getSeriesCount();
            data.addSeries(series);
            boolean advised = policy.policy() == Policy.ADVISED;
            renderer.setSeriesPaint(line, advised ? Palette.BLACK : Palette.colour(rank));
            renderer.setSeriesShape(line, Palette.shape(rank));
            renderer.setSeriesStroke(line, new BasicStroke(advised ? 2.8f : 1.5f));
            renderer.setSeriesShapesFilled(line, true);
        }
        LogAxis range = ChartStyle.logAxis("time of the choice / time of the best choice (x, log scale)", false);
        range.setAutoRange(false);
        range.setRange(FLOOR, highest * 1.2);
        XYPlot plot = new XYPlot(data, ChartStyle.logAxis("held-out array size (elements, log scale)", true), range,
                renderer);
        plot.addRangeMarker(ChartStyle.reference(1.1, "10% regret", true));
        String title = "Regret by size: " + variant.label();
        String caption = "Each line follows one policy at sizes measured apart from the search; 1.0 is the best"
                + " choice at that size, bars are 95% bootstrap intervals. The advised threshold is the thick black"
                + " line (" + rule(variant.of(Policy.ADVISED).parallelFrom()) + ").";
        return new ChartImage(String.format(Locale.ROOT, "regret-%02d-%s.png", index,
                Escape.slug(variant.label())), title, caption, ChartStyle.png(ChartStyle.chart(title, caption, plot)));
    }

    private static String label(PolicyRegret policy) {
        return policy.policy().word() + " (" + rule(policy.parallelFrom()) + ")";
    }

    /** What a policy's {@code parallelFrom} means, in words. */
    static String rule(Long from) {
        return from == null ? "never parallel" : from == 0 ? "always parallel"
                : "parallel from " + Formats.approximateSize(from);
    }
}

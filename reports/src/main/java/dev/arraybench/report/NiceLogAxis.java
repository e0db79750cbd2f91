package dev.arraybench.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis labelled at 1, 2 and 5 times each power of ten while the range spans at most three
 * decades (at powers of ten alone beyond that), with unlabelled minor ticks in between: JFreeChart's own
 * log axis labels only whole decades, which leaves a short range with one or two labels.
 */
final class NiceLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final int[] LABELLED = {1, 2, 5};

    private final SizeFormat format;

    /** An axis with {@code label} whose tick labels are sizes ({@code 10K}) or plain numbers. */
    NiceLogAxis(String label, boolean sizes) {
        super(label);
        this.format = new SizeFormat(sizes);
        setBase(10);
        setSmallestValue(1e-12);
        setNumberFormatOverride(format);
        setMinorTickMarksVisible(true);
    }

    @Override
    protected List<Tick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return ticks(anchor);
    }

    @Override
    protected List<Tick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        return ticks(anchor);
    }

    private List<Tick> ticks(TextAnchor anchor) {
        double lower = Math.max(getLowerBound(), getSmallestValue());
        double upper = getUpperBound();
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        boolean fine = last - first <= 3;
        List<Tick> ticks = new ArrayList<>();
        for (int decade = first; decade <= last; decade++) {
            double power = Math.pow(10, decade);
            for (int multiple = 1; multiple <= 9; multiple++) {
                double value = multiple * power;
                if (value < lower || value > upper) {
                    continue;
                }
                boolean major = multiple == 1 || fine && contains(multiple);
                String text = major ? format.format(value) : "";
                ticks.add(new NumberTick(major ? TickType.MAJOR : TickType.MINOR, value, text, anchor, anchor, 0));
            }
        }
        return ticks;
    }

    private static boolean contains(int multiple) {
        for (int labelled : LABELLED) {
            if (labelled == multiple) {
                return true;
            }
        }
        return false;
    }
}

package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;

/** Renders the charts of one case, in reading order: speedup first (the answer), then the explanations. */
final class CaseCharts {

    private record Kind(String suffix, String title, String caption, BiFunction<Analysis, Case, JFreeChart> chart) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("speedup", "Speedup vs the baseline",
                    "Above 1.0 is faster than the baseline (the sequential loop in arraybench's scenarios). Bars are 95% bootstrap intervals; an arrow marks"
                            + " the size from which a variant is reliably faster.", SpeedupChart::of),
            new Kind("time", "Time per element",
                    "Nanoseconds per element (log scale), lower is better. A line falling with size is paying off"
                            + " a fixed cost such as waking threads or allocating.", TimeChart::of),
            new Kind("bandwidth", "Effective bandwidth",
                    "Useful bytes (what the kernel itself must read and write) per second, against the measured"
                            + " memory bandwidth ceiling. Copies do not count as useful.", BandwidthChart::of),
            new Kind("phases", "Where copy-parallel's time goes",
                    "Share of each phase in copy-parallel's measured time per size, beside the share of bytes the"
                            + " traffic model predicts for each phase.", PhaseChart::of),
            new Kind("scaling", "Thread scaling",
                    "Speedup against the number of threads at the largest size measured with several thread"
                            + " counts; the dashed line is linear scaling.", ScalingChart::of));

    private CaseCharts() {
    }

    /** The charts {@code kase} has data for, named {@code SLUG-KIND.png}. */
    static List<ChartImage> of(Analysis analysis, Case kase, String slug) {
        List<ChartImage> images = new ArrayList<>();
        for (Kind kind : KINDS) {
            JFreeChart chart = kind.chart().apply(analysis, kase);
            if (chart != null) {
                images.add(new ChartImage(slug + "-" + kind.suffix() + ".png", kind.title() + ": " + kase.label(),
                        kind.caption(), ChartStyle.png(chart)));
            }
        }
        return images;
    }
}

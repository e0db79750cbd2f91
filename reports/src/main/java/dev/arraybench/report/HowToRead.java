package dev.arraybench.report;

import java.util.List;

/** The short "how to read this" text shared by the page and the summary; fixed text, no results strings. */
final class HowToRead {

    /** One paragraph per point. */
    static final List<String> POINTS = List.of(
            "Speedup is the sequential loop's mean time divided by the variant's at the same op, dtype, layout"
                    + " and size. Sequential and simd run on one thread; a parallel variant is compared with"
                    + " sequential on the same thread count when that was measured, else on one thread.",
            "Every interval is a 95% bootstrap interval from JMH's raw samples (forks resampled, then iterations"
                    + " within each fork; seeded, so the same file gives the same report).",
            "A variant is reliably faster at a size when its whole speedup interval lies above 1, reliably slower"
                    + " when it lies below 1, and undecided otherwise; the bands of sizes with one verdict name the"
                    + " caches filled where a band starts. The break-even is located in every bootstrap resample of"
                    + " the whole size series: where a non-decreasing fit of the speedups crosses 1 on the log-size"
                    + " axis, so one size that dips does not move it. It is given as the median crossing with the"
                    + " central 95% of the crossings. \"Not within the measured range\" means most resamples never"
                    + " cross up to the largest size; \"undecided\" means they cross anywhere from the smallest size"
                    + " to beyond the largest. The cost model fits each variant's time as a fixed cost per call plus"
                    + " a cost per element, on the sizes in the cache regime of the break-even when the caches are"
                    + " recorded.",
            "Effective bandwidth counts only useful bytes: what the kernel itself must read and write. The extra"
                    + " copies of copy-parallel are not useful, so their cost shows as lost bandwidth. The ceiling is"
                    + " the machine's measured memory bandwidth (STREAM-like kernels on arrays far larger than the"
                    + " cache); one-thread variants are read against the one-thread ceiling. Above 100% means the data came"
                    + " from the caches rather than memory.",
            "Size charts draw each strategy on the most threads it ran with; the thread scaling chart and the"
                    + " tables hold the other thread counts. Colours and markers stay the same for a strategy on"
                    + " every chart.");

    private HowToRead() {
    }
}

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
            "A variant is reliably faster at a size when its whole speedup interval lies above 1. Its break-even"
                    + " size is the smallest measured size from which it stays reliably faster, interpolated on the"
                    + " log-size axis between the two measured sizes around it (where the interval's lower end"
                    + " reaches 1, so the figure errs on the large side). \"Not within the measured range\" means it"
                    + " never got there up to the largest size measured.",
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

package dev.arraybench.core.analysis;

import static dev.arraybench.core.analysis.Synthetic.repeat;

/** An analysis with known break-evens for the tests of advice and thresholds outside this package. */
public final class AdviceFixture {

    private static final String[] SIZES = {"1K", "10K", "100K", "1M"};
    private static final long[] ELEMENTS = {1_000, 10_000, 100_000, 1_000_000};

    private AdviceFixture() {
    }

    /**
     * Sequential at 1 ns per element; zero-copy-parallel on spin breaks even between 10K and 100K,
     * copy-parallel on forkjoin never does.
     */
    public static Analysis analysis() {
        double[] zeroCopy = {0.25, 0.5, 1.5, 2};
        double[] copy = {0.1, 0.2, 0.4, 0.6};
        Synthetic synthetic = new Synthetic();
        for (int i = 0; i < SIZES.length; i++) {
            synthetic.pooled("sequential", "spin", 1, SIZES[i], repeat(ELEMENTS[i], 4));
            synthetic.pooled("zero-copy-parallel", "spin", 2, SIZES[i], repeat(ELEMENTS[i] / zeroCopy[i], 4));
            synthetic.pooled("copy-parallel", "forkjoin", 2, SIZES[i], repeat(ELEMENTS[i] / copy[i], 4));
        }
        return synthetic.analysis();
    }
}

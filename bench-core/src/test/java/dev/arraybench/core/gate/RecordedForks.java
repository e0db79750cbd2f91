package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.ResultsCodec;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A/A comparisons drawn from forks measured for real: each side takes forks at random, without replacement,
 * from many forks of one benchmark run on one machine. Real fork-to-fork noise is larger and less regular
 * than the synthetic kind (JIT decisions, page placement, a neighbour on a shared host), so these rates
 * check the gate against the noise its users get. Draws are independent, so the machine's drift over time
 * is not in them.
 *
 * @param label which recording, for printed tables
 * @param forks the recorded forks, one array of iterations each
 */
record RecordedForks(String label, double[][] forks) {

    /** The first benchmark of a results file. */
    static RecordedForks load(Path file, String label) {
        return new RecordedForks(label, ResultsCodec.read(file).benchmarks().get(0).forks());
    }

    /**
     * A baseline and a current run of {@code perSide} distinct recorded forks each, the current one's times
     * multiplied by {@code slowdown}.
     */
    BenchmarkResult[] pair(int perSide, double slowdown, SplittableRandom random) {
        if (2 * perSide > forks.length) {
            throw new IllegalArgumentException(2 * perSide + " forks asked of " + forks.length + " recorded");
        }
        int[] order = new int[forks.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i < 2 * perSide; i++) {
            int j = i + random.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        double[][] baseline = new double[perSide][];
        double[][] current = new double[perSide][];
        for (int f = 0; f < perSide; f++) {
            baseline[f] = forks[order[f]].clone();
            current[f] = Samples.times(new double[][] {forks[order[perSide + f]]}, slowdown)[0];
        }
        return new BenchmarkResult[] {Samples.avgt(baseline, "op", "scale", "size", "1M"),
            Samples.avgt(current, "op", "scale", "size", "1M")};
    }
}

package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.ResultsCodec;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Comparisons drawn from forks measured for real, one after the other, on one machine: real fork-to-fork
 * noise is larger and less regular than the synthetic kind (JIT decisions, page placement, a neighbour on a
 * shared host), so these rates check the gate against the noise its users get. How the forks are drawn
 * decides which of that noise is in the comparison (see {@link Draw}).
 *
 * @param label which recording, for printed tables
 * @param forks the recorded forks in the order they ran, one array of iterations each
 */
record RecordedForks(String label, double[][] forks) {

    /** How each side's forks are taken from the recording. */
    enum Draw {
        /** Forks at random, without replacement: fork-to-fork noise without the machine's drift. */
        INDEPENDENT("independent forks"),
        /**
         * Neighbouring recorded forks (2k, 2k+1) as the i-th fork of each side, which side at random: an
         * interleaved A B B A run, whose pairs share the drift; the gate pairs them.
         */
        NEIGHBOURS("neighbours, paired"),
        /**
         * A block of consecutive forks, then the next block: two separate runs one after the other, with the
         * machine's drift between them.
         */
        CONSECUTIVE("consecutive runs");

        private final String label;

        Draw(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The first benchmark of a results file. */
    static RecordedForks load(Path file, String label) {
        return new RecordedForks(label, ResultsCodec.read(file).benchmarks().get(0).forks());
    }

    /**
     * A baseline and a current run of {@code perSide} recorded forks each, no fork on both sides, drawn as
     * {@code draw} says; the current run's times multiplied by {@code slowdown}.
     */
    BenchmarkResult[] pair(int perSide, Draw draw, double slowdown, SplittableRandom random) {
        if (2 * perSide > forks.length) {
            throw new IllegalArgumentException(2 * perSide + " forks asked of " + forks.length + " recorded");
        }
        int[] base = new int[perSide];
        int[] cur = new int[perSide];
        switch (draw) {
            case INDEPENDENT -> {
                int[] order = shuffledPrefix(forks.length, 2 * perSide, random);
                System.arraycopy(order, 0, base, 0, perSide);
                System.arraycopy(order, perSide, cur, 0, perSide);
            }
            case NEIGHBOURS -> {
                int[] pairs = shuffledPrefix(forks.length / 2, perSide, random);
                for (int f = 0; f < perSide; f++) {
                    int first = random.nextBoolean() ? 0 : 1;
                    base[f] = 2 * pairs[f] + first;
                    cur[f] = 2 * pairs[f] + 1 - first;
                }
            }
            case CONSECUTIVE -> {
                int start = random.nextInt(forks.length - 2 * perSide + 1);
                for (int f = 0; f < perSide; f++) {
                    base[f] = start + f;
                    cur[f] = start + perSide + f;
                }
            }
        }
        double[][] baseline = new double[perSide][];
        double[][] current = new double[perSide][];
        for (int f = 0; f < perSide; f++) {
            baseline[f] = forks[base[f]].clone();
            current[f] = Samples.times(new double[][] {forks[cur[f]]}, slowdown)[0];
        }
        return new BenchmarkResult[] {Samples.avgt(baseline, "op", "scale", "size", "1M"),
            Samples.avgt(current, "op", "scale", "size", "1M")};
    }

    /** The first {@code count} of a random permutation of {@code 0..n-1}. */
    private static int[] shuffledPrefix(int n, int count, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] prefix = new int[count];
        System.arraycopy(order, 0, prefix, 0, count);
        return prefix;
    }
}

package dev.arraybench.scenarios;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceReader;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.regret.Policy;
import dev.arraybench.core.regret.RegretReport;
import dev.arraybench.core.regret.Regrets;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.thresholds.Crossing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges first-use calibrations, per kernel ({@code scale-int32}, ...): how many found a crossing, said
 * "never" or gave up, how long they took, how many crossings fall within a thresholds file's 95% break-even
 * interval for the same case, and the largest regret of following each one at a {@code validate} run's
 * held-out sizes (the {@code advised} policy with the calibrated crossing in place of the file's; "never" and
 * "gave up" stay sequential). It reads the calibrations' own one-line messages, so it judges those of
 * {@link FirstUseTrials} and of any library that prints them, such as the worked example.
 */
final class FirstUseJudge {

    private static final Pattern MESSAGE = Pattern.compile("calibration of ([A-Za-z0-9._-]+)(?:: parallel (?:from"
            + " ([0-9,]+) elements|never) \\(| (gave up): )(\\d+) rounds in ([0-9.]+) ms");

    /** The threads of the parallel path the trials calibrate. */
    static final int THREADS = 2;

    private final String pool;
    private final Advice thresholds;
    private final RunResults heldOut;

    /**
     * A judge of calibrations of zero-copy-parallel on {@code pool}, against {@code thresholds} and
     * {@code heldOut} (either may be {@code null}: that part is left out).
     */
    FirstUseJudge(String pool, Advice thresholds, RunResults heldOut) {
        this.pool = pool;
        this.thresholds = thresholds;
        this.heldOut = heldOut;
    }

    /**
     * {@code POOL OUTPUT THRESHOLDS.json HELD-OUT-RESULTS.json}: judges the calibration messages in
     * {@code OUTPUT}, a saved console of {@link FirstUseTrials} or of a library.
     */
    static void judgeSaved(String[] args, PrintStream out) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: FirstUseTrials --judge POOL OUTPUT THRESHOLDS.json"
                    + " HELD-OUT-RESULTS.json");
        }
        List<Crossing> crossings = parse(Files.readAllLines(Path.of(args[1])));
        if (crossings.isEmpty()) {
            throw new IllegalArgumentException("output: " + args[1] + " holds no calibration message");
        }
        new FirstUseJudge(args[0], AdviceReader.read(Path.of(args[2])).get(0), ResultsCodec.read(Path.of(args[3])))
                .summarize(crossings, out);
    }

    /** The calibrations the lines report, in order, from their messages. */
    static List<Crossing> parse(List<String> lines) {
        List<Crossing> crossings = new ArrayList<>();
        for (String line : lines) {
            Matcher m = MESSAGE.matcher(line);
            if (m.find()) {
                long from = m.group(2) == null ? Long.MAX_VALUE : Long.parseLong(m.group(2).replace(",", ""));
                crossings.add(new Crossing(m.group(1), from, m.group(3) == null, Integer.parseInt(m.group(4)),
                        Math.round(Double.parseDouble(m.group(5)) * 1e6), line.strip()));
            }
        }
        return crossings;
    }

    /** Prints, per kernel, what its calibrations found and how they compare. */
    void summarize(List<Crossing> crossings, PrintStream out) {
        Map<String, List<Crossing>> byKernel = new LinkedHashMap<>();
        for (Crossing crossing : crossings) {
            byKernel.computeIfAbsent(crossing.kernel(), k -> new ArrayList<>()).add(crossing);
        }
        byKernel.forEach((kernel, found) -> summarize(kernel, found, out));
    }

    private void summarize(String kernel, List<Crossing> crossings, PrintStream out) {
        long stable = crossings.stream().filter(c -> c.stable() && !c.neverPays()).count();
        long never = crossings.stream().filter(c -> c.stable() && c.neverPays()).count();
        double[] millis = crossings.stream().mapToDouble(c -> c.elapsedNanos() / 1e6).sorted().toArray();
        long[] found = crossings.stream().filter(c -> c.stable() && !c.neverPays()).mapToLong(Crossing::parallelFrom)
                .sorted().toArray();
        out.printf(Locale.ROOT, "%s: a crossing in %d of %d%s, never in %d, gave up in %d; time %.1f..%.1f ms,"
                + " median %.1f ms%n", kernel, stable, crossings.size(), found.length == 0 ? ""
                : String.format(Locale.ROOT, " (%,d..%,d)", found[0], found[found.length - 1]), never,
                crossings.size() - stable - never, millis[0], millis[millis.length - 1], HierarchicalBootstrap.median(millis));
        if (thresholds == null) {
            return;
        }
        Threshold threshold = threshold(kernel);
        double low = threshold.low() == null ? 0 : threshold.low();
        double high = threshold.high() == null ? Double.POSITIVE_INFINITY : threshold.high();
        long within = crossings.stream().filter(c -> c.stable() && !c.neverPays() && c.parallelFrom() >= low
                && c.parallelFrom() <= high).count();
        out.printf(Locale.ROOT, "  within the thresholds' 95%% interval %,.0f..%s: %d of %d%n", low,
                high == Double.POSITIVE_INFINITY ? "beyond" : String.format(Locale.ROOT, "%,.0f", high), within,
                crossings.size());
        if (heldOut == null) {
            return;
        }
        double[] regrets = crossings.stream().mapToDouble(c -> maxRegret(threshold, c.stable() ? c.parallelFrom()
                : Long.MAX_VALUE)).toArray();
        long cheap = Arrays.stream(regrets).filter(r -> r <= 0.10).count();
        out.printf(Locale.ROOT, "  max regret on the held-out sizes <= 10%%: %d of %d (%s)%n", cheap,
                regrets.length, String.join(", ", Arrays.stream(regrets).mapToObj(r -> String.format(Locale.ROOT,
                "%.1f%%", 100 * r)).toList()));
    }

    /**
     * The thresholds file's zero-copy-parallel threshold on this judge's pool, with {@value #THREADS} threads,
     * for {@code kernel} ({@code OP-DTYPE}, as {@link FirstUseKernel} names it).
     *
     * @throws IllegalArgumentException when the name is not {@code OP-DTYPE} or the file has no such threshold
     */
    Threshold threshold(String kernel) {
        int dash = kernel.lastIndexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("calibration: '" + kernel + "' (expected a kernel named OP-DTYPE)");
        }
        String op = kernel.substring(0, dash);
        String dtype = kernel.substring(dash + 1);
        return thresholds.thresholds().stream()
                .filter(t -> op.equals(t.kase().get("op")) && dtype.equals(t.kase().get("dtype"))
                        && "zero-copy-parallel".equals(t.strategy()) && pool.equals(t.pool()) && t.threads() == THREADS)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("thresholds: no zero-copy-parallel "
                        + pool + " threshold with " + THREADS + " threads for " + op + " " + dtype));
    }

    /** The largest regret over the held-out sizes of parallelising from {@code parallelFrom} (MAX: never). */
    private double maxRegret(Threshold threshold, long parallelFrom) {
        Threshold chosen = new Threshold(threshold.kase(), threshold.strategy(), threshold.pool(),
                threshold.threads(), parallelFrom == Long.MAX_VALUE ? null : parallelFrom, threshold.estimate(),
                threshold.low(), threshold.high(), threshold.bands());
        RegretReport report = Regrets.of(new Advice(thresholds.machine(), thresholds.policy(), List.of(chosen)),
                "first use", Analysis.of(heldOut), EnvironmentFingerprint.of(heldOut.environment()));
        if (report.variants().isEmpty()) {
            throw new IllegalArgumentException("held-out results hold no " + threshold.variantLabel()
                    + " beside its baseline");
        }
        return report.variants().get(0).of(Policy.ADVISED).max();
    }
}

package dev.arraybench.scenarios;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceReader;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.thresholds.Calibration;
import dev.arraybench.thresholds.Crossing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * First starts of the runtime's {@link Calibration} over arraybench's own kernels, sequential against
 * zero-copy parallel, each in a fresh JVM with the benchmark forks' flags, as a library meets it on a machine
 * its thresholds file does not know; then {@link FirstUseJudge} compares them with a thresholds file and a
 * {@code validate} run's held-out measurements. {@code docs/first-use.sh} runs it under the machine lock.
 */
public final class FirstUseTrials {

    /** The sizes calibrated, as the worked example's library calibrates them. */
    static final int[] SIZES = {1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000};

    private static final String USAGE = "usage: FirstUseTrials TRIES OP[,OP...] DTYPE POOL BUDGET-MS"
            + " [THRESHOLDS.json [HELD-OUT-RESULTS.json]], or FirstUseTrials --judge POOL OUTPUT THRESHOLDS.json"
            + " HELD-OUT-RESULTS.json";
    private static final String CHILD = "--child";
    private static final String JUDGE = "--judge";

    private FirstUseTrials() {
    }

    /**
     * {@code TRIES OP[,OP...] DTYPE POOL BUDGET_MS [THRESHOLDS [HELD_OUT]]}: runs the trials, each calibration
     * within {@code BUDGET_MS} (the runtime's default is {@value Calibration#DEFAULT_BUDGET_MILLIS}), prints
     * every calibration's message and then the judge's summary; {@code --judge POOL OUTPUT THRESHOLDS HELD_OUT}
     * judges the messages of a saved console instead. Exits with 2 on bad arguments or files, 3 when a trial's
     * JVM fails.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        try {
            if (args.length > 0 && args[0].equals(CHILD)) {
                calibrateHere(args[1].split(","), DType.parse(args[2]), Pool.parse(args[3]),
                        Duration.ofMillis(positive("budget (ms)", args[4])));
            } else if (args.length > 0 && args[0].equals(JUDGE)) {
                FirstUseJudge.judgeSaved(List.of(args).subList(1, args.length).toArray(String[]::new), System.out);
            } else {
                runTrials(args);
            }
        } catch (IllegalArgumentException | IllegalStateException | ResultsFileException e) {
            System.err.println("first-use: " + e.getMessage());
            System.exit(2);
        } catch (NoSuchFileException e) {
            System.err.println("first-use: " + e.getFile() + ": no such file");
            System.exit(2);
        }
    }

    private static void runTrials(String[] args) throws IOException, InterruptedException {
        if (args.length < 5 || args.length > 7) {
            throw new IllegalArgumentException(USAGE);
        }
        int tries = positive("tries", args[0]);
        DType type = DType.parse(args[2]);
        Pool.parse(args[3]);
        positive("budget (ms)", args[4]);
        Advice thresholds = args.length > 5 ? AdviceReader.read(Path.of(args[5])).get(0) : null;
        RunResults heldOut = args.length > 6 ? ResultsCodec.read(Path.of(args[6])) : null;
        FirstUseJudge judge = new FirstUseJudge(args[3], thresholds, heldOut);
        for (String op : args[1].split(",")) {
            Ops.onClassPath().byName(op);
            if (thresholds != null) {
                judge.threshold(op + "-" + type.label());
            }
        }
        List<Crossing> crossings = new ArrayList<>();
        for (int t = 1; t <= tries; t++) {
            System.out.printf(Locale.ROOT, "try %d of %d:%n", t, tries);
            for (Crossing crossing : trial(args[1], args[2], args[3], args[4])) {
                System.out.println("  " + crossing.message());
                crossings.add(crossing);
            }
        }
        judge.summarize(crossings, System.out);
    }

    /** {@code text} as a count of at least 1, or an error naming {@code what}. */
    private static int positive(String what, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below names the argument
        }
        throw new IllegalArgumentException(what + ": '" + text + "' (expected a whole number of at least 1)");
    }

    /** In this JVM: one calibration per op, each message on a line of its own for the parent. */
    private static void calibrateHere(String[] ops, DType type, Pool pool, Duration budget) {
        for (String op : ops) {
            try (FirstUseKernel kernel = new FirstUseKernel(op, type, pool, FirstUseJudge.THREADS, SIZES[SIZES.length - 1])) {
                System.out.println(Calibration.measure(kernel.kernel(), SIZES, budget).message());
            }
        }
    }

    /** One fresh JVM with the forks' flags, calibrating every op; its calibrations. */
    private static List<Crossing> trial(String ops, String dtype, String pool, String budget)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ForkFlags.fork());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FirstUseTrials.class.getName(), CHILD,
                ops, dtype, pool, budget));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        int exit = jvm.waitFor();
        if (exit != 0) {
            lines.stream().filter(line -> !line.startsWith("WARNING: Using incubator modules"))
                    .forEach(line -> System.err.println("  " + line));
            System.err.println("first-use: a trial's JVM exited with " + exit + " (its output above): "
                    + String.join(" ", command));
            System.exit(3);
        }
        return FirstUseJudge.parse(lines);
    }
}

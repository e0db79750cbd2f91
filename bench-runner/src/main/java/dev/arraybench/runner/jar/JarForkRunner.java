package dev.arraybench.runner.jar;

import dev.arraybench.runner.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Runs single forks of a {@link JmhJar} ({@code -f 1 -rf json}) with the warm-up and iteration options that
 * {@code ab} and {@code calibrate --jar} share, and checks that the benchmark regexes match.
 */
public final class JarForkRunner {

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Warm-up iterations per fork (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10",
            description = "Measured iterations per fork (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--time", paramLabel = "TIME", defaultValue = "100ms",
            description = "Duration of each warm-up and measured iteration, as JMH reads it (default: ${DEFAULT-VALUE}).")
    private String time;

    @Option(names = "--jmh-args", paramLabel = "ARGS",
            description = "More JMH options for every fork, such as \"-p size=1M\".")
    private String jmhArgs;

    /** The {@code java} launcher of the running JVM, which runs every fork. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Checks that {@code regexes} (all when empty) match a benchmark of {@code jar}.
     *
     * @throws UserError naming the jar and how to list its benchmarks when none matches
     */
    public static void checkMatches(JmhJar jar, String java, List<String> regexes) {
        if (jar.list(java, regexes).isEmpty()) {
            throw new UserError(jar.option() + " " + jar.jar() + ": " + (regexes.isEmpty() ? "holds no benchmark"
                    : "no benchmark matches " + String.join(" ", regexes)) + " (list them with: java -jar "
                    + jar.jar() + " -l)");
        }
    }

    /**
     * Runs one fork of the benchmarks matching {@code regexes}, writing JMH JSON to {@code json} and its output
     * to {@code log}.
     *
     * @throws ForkFailure when the fork exits with an error or writes no results
     */
    public void run(JmhJar jar, String java, List<String> regexes, Path json, Path log) throws IOException {
        List<String> arguments = new ArrayList<>(regexes);
        arguments.addAll(List.of("-f", "1", "-wi", Integer.toString(warmup), "-i", Integer.toString(iterations),
                "-w", time, "-r", time, "-rf", "json", "-rff", json.toString()));
        if (jmhArgs != null && !jmhArgs.isBlank()) {
            arguments.addAll(Arrays.asList(jmhArgs.strip().split("\\s+")));
        }
        Process process = new ProcessBuilder(jar.command(java, arguments)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            int exit = process.waitFor();
            if (exit != 0 || !Files.isRegularFile(json)) {
                throw new ForkFailure(jar.jar() + ": the fork exited with " + exit + "; see " + log + ": "
                        + lastLine(log));
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + jar.jar(), e);
        }
    }

    /** ", N s so far, about M s left" after {@code done} of {@code total} forks, or nothing before the first. */
    public static String eta(long start, int done, int total) {
        if (done == 0) {
            return "";
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, ", %.0f s so far, about %.0f s left", elapsed,
                elapsed / done * (total - done));
    }

    private static String lastLine(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
    }

    /** A fork that failed: a crash of the subject, not a user's mistake. */
    static final class ForkFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ForkFailure(String message) {
            super(message);
        }
    }
}

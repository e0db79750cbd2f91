package dev.arraybench.runner.jar;

import dev.arraybench.runner.Main;
import dev.arraybench.runner.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * A JMH benchmark jar run in its own JVMs: any uber-jar holding {@code org.openjdk.jmh.Main} and the
 * {@code META-INF/BenchmarkList} that JMH's annotation processor writes (a user's {@code benchmarks.jar}, or
 * arraybench's own jar). Every run is {@code java -cp JAR org.openjdk.jmh.Main ...}, so a jar whose manifest
 * names another main class works too.
 *
 * @param option the command-line option that named the jar, for messages
 * @param jar the jar
 */
public record JmhJar(String option, Path jar) {

    private static final long LIST_TIMEOUT_SECONDS = 120;

    /**
     * Checks that {@code jar} is a JMH benchmark jar.
     *
     * @throws UserError naming the option and the jar when it is missing or not a JMH benchmark jar
     */
    public static JmhJar of(String option, Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new UserError(option + " " + jar + ": no such file (expected a JMH benchmark jar)");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry("org/openjdk/jmh/Main.class") == null || zip.getEntry("META-INF/BenchmarkList") == null) {
                throw new UserError(option + " " + jar + ": not a JMH benchmark jar (expected org.openjdk.jmh.Main "
                        + "and META-INF/BenchmarkList inside, as the JMH archetype's shaded benchmarks.jar has)");
            }
        } catch (IOException e) {
            throw new UserError(option + " " + jar + ": not a JMH benchmark jar (not a readable jar: "
                    + e.getMessage() + ")");
        }
        return new JmhJar(option, jar);
    }

    /** The command that runs JMH from this jar with {@code java} and {@code arguments}. */
    List<String> command(String java, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java, "-cp", jar.toString(), "org.openjdk.jmh.Main"));
        command.addAll(arguments);
        return command;
    }

    /** The benchmarks matching {@code regexes} (all when empty), as {@code java -cp JAR org.openjdk.jmh.Main -l} lists them. */
    List<String> list(String java, List<String> regexes) {
        List<String> arguments = new ArrayList<>(List.of("-l"));
        arguments.addAll(regexes);
        try {
            Process process = new ProcessBuilder(command(java, arguments)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(LIST_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new UserError(option + " " + jar + ": not a JMH benchmark jar (listing its benchmarks "
                        + "failed: " + output.strip().lines().reduce((a, b) -> b).orElse("no output") + ")");
            }
            List<String> names = new ArrayList<>();
            boolean listing = false;
            for (String line : output.lines().toList()) {
                if (listing && !line.isBlank()) {
                    names.add(line.strip());
                }
                listing |= line.startsWith("Benchmarks:");
            }
            return names;
        } catch (IOException e) {
            throw new UserError(option + " " + jar + ": cannot start " + java + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing " + jar, e);
        }
    }
}

package dev.arraybench.runner.command;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.Main;
import dev.arraybench.runner.ResultsFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code calibrate --jar}: runs a fake JMH jar's forks itself and calibrates from them. */
class CalibrateJarTest {

    /** A stand-in for JMH: lists one benchmark and writes one fork's JSON with a score that varies per fork. */
    private static final String FAKE_MAIN = """
            package org.openjdk.jmh;

            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Locale;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    String name = "demo.Bench.run";
                    List<String> regexes = new ArrayList<>();
                    String out = null;
                    int iterations = 1;
                    boolean list = false;
                    for (int i = 0; i < args.length; i++) {
                        switch (args[i]) {
                            case "-l" -> list = true;
                            case "-rff" -> out = args[++i];
                            case "-i" -> iterations = Integer.parseInt(args[++i]);
                            case "-f", "-wi", "-w", "-r", "-rf" -> i++;
                            default -> regexes.add(args[i]);
                        }
                    }
                    boolean matches = regexes.isEmpty() || regexes.stream().anyMatch(r -> name.matches(".*" + r + ".*"));
                    if (list) {
                        System.out.println("Benchmarks: ");
                        if (matches) {
                            System.out.println(name);
                        }
                        return;
                    }
                    double base = 10 + (System.nanoTime() % 1000) / 1000.0;
                    StringBuilder raw = new StringBuilder();
                    for (int i = 0; i < iterations; i++) {
                        raw.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", base + 0.01 * i));
                    }
                    Files.writeString(Path.of(out), String.format(Locale.ROOT, \"""
                            [{"jmhVersion": "1.37", "benchmark": "%s", "mode": "avgt", "threads": 1, "forks": 1,
                              "jvm": "java", "jvmArgs": [], "jdkVersion": "25", "vmName": "VM", "vmVersion": "25",
                              "warmupIterations": 1, "warmupTime": "1 ms", "warmupBatchSize": 1,
                              "measurementIterations": %d, "measurementTime": "1 ms", "measurementBatchSize": 1,
                              "primaryMetric": {"score": %.3f, "scoreError": "NaN", "scoreConfidence": [0, 0],
                                "scoreUnit": "us/op", "rawData": [[%s]]}}]
                            \""", name, iterations, base, raw));
                }
            }
            """;

    @TempDir
    Path folder;

    private Path fakeJmhJar() throws IOException {
        Path source = folder.resolve("src/org/openjdk/jmh/Main.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, FAKE_MAIN);
        Path classes = folder.resolve("classes");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString());
        assertThat(compiled).isZero();
        Path jar = folder.resolve("benchmarks.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("org/openjdk/jmh/Main.class"));
            Files.copy(classes.resolve("org/openjdk/jmh/Main.class"), out);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/BenchmarkList"));
            write(out, "demo.Bench.run\n");
            out.closeEntry();
        }
        return jar;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Runs with its own {@code jmh.lock}, so that a real JMH run elsewhere on the machine does not refuse it. */
    @Test
    void shouldRunTheJarsAaRunsAndWriteTheCalibration() throws IOException {
        Path jar = fakeJmhJar();
        Path calibration = folder.resolve("out/calibration.json");
        Files.createDirectories(calibration.getParent());
        String tmp = System.getProperty("java.io.tmpdir");
        CommandRun run;
        try {
            System.setProperty("java.io.tmpdir", folder.toString());
            run = CommandRun.of("calibrate", "--jar", jar.toString(), "--forks", "2", "--iterations", "3", "Bench",
                    "--out", calibration.toString());
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("calibrate: fork 1/4: run 1 of benchmarks.jar", "fork 4/4: run 2",
                "calibrate: 2 runs of 2 forks in");
        Path first = folder.resolve("out/calibration-aa1.json");
        Path second = folder.resolve("out/calibration-aa2.json");
        assertThat(first).isRegularFile();
        assertThat(second).isRegularFile();
        assertThat(folder.resolve("out/calibration-forks/aa2-02.log")).isRegularFile();
        assertThat(run.out()).contains("Bench.run [avgt]", "forks x 3 iterations a side", "wrote " + calibration);
        CommandRun fromFiles = CommandRun.of("calibrate", first.toString(), second.toString(), "--out",
                folder.resolve("again.json").toString());
        assertThat(fromFiles.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(folder.resolve("again.json"))).isEqualTo(Files.readString(calibration));
    }

    @Test
    void shouldRefuseBadInputWithOneLine() throws IOException {
        Path jar = fakeJmhJar();
        Path out = folder.resolve("calibration.json");
        CommandRun noMatch = CommandRun.of("calibrate", "--jar", jar.toString(), "Nothing", "--out", out.toString());
        assertThat(noMatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noMatch.err().strip()).isEqualTo("arraybench: --jar " + jar + ": no benchmark matches Nothing "
                + "(list them with: java -jar " + jar + " -l)");
        Path results = ResultsFiles.write(folder.resolve("a1.json"), "cpu", 1.0, "1M");
        CommandRun both = CommandRun.of("calibrate", "--jar", jar.toString(), results.toString(), "--out",
                out.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err().strip().lines().toList()).hasSize(1);
        assertThat(both.err()).contains("give --jar JAR [REGEX...] or FILE FILE..., not both (" + results);
        Path plain = folder.resolve("plain.jar");
        try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(plain))) {
            jarOut.putNextEntry(new ZipEntry("Hello.class"));
            jarOut.closeEntry();
        }
        CommandRun notJmh = CommandRun.of("calibrate", "--jar", plain.toString(), "--out", out.toString());
        assertThat(notJmh.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notJmh.err().strip()).startsWith("arraybench: --jar " + plain + ": not a JMH benchmark jar")
                .doesNotContain("\n");
        assertThat(out).doesNotExist();
        assertThat(List.of(CommandRun.of("calibrate", "--out", out.toString()).exitCode())).containsExactly(
                ExitCodes.USAGE);
    }
}

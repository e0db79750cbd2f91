package dev.arraybench.runner.command;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.Main;
import dev.arraybench.runner.ResultsFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code calibrate}, {@code compare --calibration}, {@code --fail-on undecided} and {@code ab}'s input checks. */
class GateCommandsTest {

    @TempDir
    Path folder;

    private Path file(String name, String cpu, double factor) throws IOException {
        return ResultsFiles.write(folder.resolve(name), cpu, factor, "1M");
    }

    @Test
    void shouldWriteACalibrationThatCompareReads() throws IOException {
        Path calibration = folder.resolve("calibration.json");
        CommandRun run = CommandRun.of("calibrate", file("a1.json", "cpu", 1.0).toString(),
                file("a2.json", "cpu", 1.01).toString(), "--out", calibration.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("KernelBenchmark.run op=scale size=1M [avgt]", "forks x 3 iterations a side",
                "wrote " + calibration);
        assertThat(Files.readString(calibration)).contains("\"schema\" : \"arraybench-calibration/1\"",
                "\"betweenForkNoise\"", "\"forksNeeded\"");
        CommandRun compare = CommandRun.of("compare", "--baseline", file("b.json", "cpu", 1.0).toString(),
                "--current", file("c.json", "cpu", 1.0).toString(), "--calibration", calibration.toString(),
                "--step-summary=");
        assertThat(compare.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void shouldRefuseACalibrationFromAnotherMachineUnlessAllowed() throws IOException {
        Path calibration = folder.resolve("calibration.json");
        CommandRun.of("calibrate", file("a1.json", "Xeon", 1.0).toString(), file("a2.json", "Xeon", 1.0).toString(),
                "--out", calibration.toString());
        String[] args = {"compare", "--baseline", file("b.json", "EPYC", 1.0).toString(), "--current",
            file("c.json", "EPYC", 1.0).toString(), "--calibration", calibration.toString(), "--step-summary="};
        CommandRun refused = CommandRun.of(args);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("--calibration " + calibration + ": made on another machine",
                "cpuModel 'Xeon' vs 'EPYC'", "--allow-other-machine");
        String[] allowed = java.util.Arrays.copyOf(args, args.length + 1);
        allowed[args.length] = "--allow-other-machine";
        assertThat(CommandRun.of(allowed).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void shouldRefuseCalibratingFromOneFile() throws IOException {
        CommandRun run = CommandRun.of("calibrate", file("a1.json", "cpu", 1.0).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldRefuseFilesWithNoBenchmarkInCommonInOneLine() {
        CommandRun run = CommandRun.of("calibrate", "../docs/results/minmax-64K.json", "../docs/results/scale-1M.json",
                "--out", folder.resolve("c.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no benchmark appears in two of the files").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void shouldFailOnUndecidedOnlyWhenAsked() throws IOException {
        Path base = file("b.json", "cpu", 1.0);
        Path current = file("c.json", "cpu", 1.049);
        CommandRun lenient = CommandRun.of("compare", "--baseline", base.toString(), "--current", current.toString(),
                "--step-summary=");
        assertThat(lenient.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lenient.out()).contains("UNDECIDED: 1 of 1", "could detect a change of").doesNotContain(
                "NO REGRESSION FOUND");
        CommandRun strict = CommandRun.of("compare", "--baseline", base.toString(), "--current", current.toString(),
                "--fail-on", "undecided", "--step-summary=");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(strict.out()).contains("FAIL: UNDECIDED: 1 of 1 (--fail-on undecided)");
    }

    @Test
    void shouldRefuseAJarThatIsNotAJmhBenchmarkJar() throws IOException {
        Path jar = folder.resolve("plain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("Hello.class"));
            out.closeEntry();
        }
        CommandRun run = CommandRun.of("ab", "--baseline-jar", jar.toString(), "--current-jar", jar.toString(),
                "--out", folder.resolve("ab").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("arraybench: --baseline-jar " + jar + ": not a JMH benchmark jar "
                + "(expected org.openjdk.jmh.Main and META-INF/BenchmarkList inside, as the JMH archetype's shaded "
                + "benchmarks.jar has)");
        Path text = Files.writeString(folder.resolve("notes.jar"), "not a zip");
        CommandRun notZip = CommandRun.of("ab", "--baseline-jar", text.toString(), "--current-jar", jar.toString(),
                "--out", folder.resolve("ab").toString());
        assertThat(notZip.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notZip.err()).contains("not a JMH benchmark jar");
    }
}

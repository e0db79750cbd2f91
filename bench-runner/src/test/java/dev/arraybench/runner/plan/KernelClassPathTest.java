package dev.arraybench.runner.plan;

import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.Doubling;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.command.RunCommand;
import dev.arraybench.runner.execute.JmhExecutor;
import dev.arraybench.scenarios.kernel.Op;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --classpath}: a user's jar of ops found, listed and measured; a bad one refused in one line. */
class KernelClassPathTest {

    @TempDir
    Path folder;

    /** A jar whose services file names {@code classes} (which the test class path holds). */
    private Path jar(String name, String... classes) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            if (classes.length > 0) {
                out.putNextEntry(new JarEntry("META-INF/services/" + Op.class.getName()));
                out.write(String.join("\n", classes).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            } else {
                out.putNextEntry(new JarEntry("README.txt"));
                out.write("no ops here".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", folder.resolve("r.json").toString()));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void shouldListAUsersOpsAfterTheBuiltInOnesMarkedAsTheirs() throws IOException {
        Path jar = jar("my-kernels.jar", Doubling.class.getName());
        CommandRun run = CommandRun.of("list", "--classpath", jar.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  var ", "  doubling             x[i] *= 2 [user op, from ");
        assertThat(run.out().indexOf("  doubling ")).isGreaterThan(run.out().indexOf("  var "));
        assertThat(CommandRun.of("list").out()).doesNotContain("doubling", "user op");
    }

    @Test
    void shouldMeasureAUsersOpWithEveryStrategyCompiledApartAsTheBuiltInOnes() throws IOException {
        Path jar = jar("my-kernels.jar", Doubling.class.getName());
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs("--classpath", jar.toString(), "--op", "doubling,scale");
        List<Combination> combinations = command.combinations();
        assertThat(combinations).extracting(c -> c.op().name() + " " + c.strategy().label()).startsWith(
                "doubling sequential", "doubling copy-parallel", "doubling zero-copy-parallel", "doubling simd",
                "doubling simd-parallel", "scale sequential");
        assertThat(combinations.getFirst().job(JvmFlags.DEFAULT).flags()).contains(
                "-XX:CompileCommand=dontinline," + Doubling.class.getName() + "::scalar",
                "-XX:CompileCommand=dontinline," + Doubling.class.getName() + "::simd");
        assertThat(combinations.getLast().job(JvmFlags.DEFAULT).flags())
                .noneMatch(flag -> flag.contains(Doubling.class.getName()));
    }

    @Test
    void shouldPutTheUsersJarsOnEveryForksClassPathAfterItsOwn() {
        assertThat(JmhExecutor.forkClassPath("arraybench.jar", List.of(Path.of("/a/k.jar"), Path.of("/b/l.jar"))))
                .isEqualTo(String.join(File.pathSeparator, "arraybench.jar", "/a/k.jar", "/b/l.jar"));
        assertThat(JmhExecutor.forkClassPath("arraybench.jar", List.of())).isEqualTo("arraybench.jar");
    }

    @Test
    void shouldRefuseAJarThatIsNotThere() {
        Path missing = folder.resolve("nope.jar");
        assertOneLine(run("run", "--classpath", missing.toString(), "--op", "fma"),
                "classpath: '" + missing + "' (no such file: expected a jar of ops)");
    }

    @Test
    void shouldRefuseAJarWithoutOps() throws IOException {
        Path empty = jar("empty.jar");
        assertOneLine(run("run", "--classpath", empty.toString(), "--op", "fma"),
                "classpath: '" + empty + "' holds no ops (expected a META-INF/services/" + Op.class.getName()
                        + " file naming classes that implement it)");
    }

    @Test
    void shouldRefuseAJarNamingAClassThatIsNotThere() throws IOException {
        Path broken = jar("broken.jar", "com.example.Missing");
        CommandRun run = run("run", "--classpath", broken.toString(), "--op", "fma");
        assertOneLine(run, "classpath: '" + broken + "': op: ");
        assertThat(run.err()).contains("com.example.Missing not found");
    }

    @Test
    void shouldRefuseAnUnknownOpListingTheKnownOnesTheUsersIncluded() throws IOException {
        Path jar = jar("my-kernels.jar", Doubling.class.getName());
        assertOneLine(run("run", "--classpath", jar.toString(), "--op", "fma"),
                "op: 'fma' (expected one of scale, add, clip, poly, sum, mean, min, max, var, doubling)");
    }

    private static void assertOneLine(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("arraybench: " + message).doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }
}

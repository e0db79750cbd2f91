package dev.arraybench.runner.command;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.ResultsFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MergeCommandTest {

    @TempDir
    Path folder;

    @Test
    void shouldMergeShardsOfOneMachineIntoOneResultsFile() throws IOException {
        Path a = ResultsFiles.write(folder.resolve("a.json"), "cpu A", 1, "1K", "2K");
        Path b = ResultsFiles.write(folder.resolve("b.json"), "cpu A", 1, "4K");
        Path out = folder.resolve("all.json");
        CommandRun run = CommandRun.of("merge", a.toString(), b.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("machine 1: cpu A, 2 cores", "3 benchmark(s)", "one machine (arraybench/1)");
        assertThat(ResultsCodec.read(out).benchmarks()).extracting(r -> r.param("size"))
                .containsExactly("1K", "2K", "4K");
    }

    @Test
    void shouldKeepMachinesApartInAFleetFileThatMergesAgain() throws IOException {
        Path a = ResultsFiles.write(folder.resolve("a.json"), "cpu A", 1, "1K");
        Path b = ResultsFiles.write(folder.resolve("b.json"), "cpu B", 2, "1K");
        Path c = ResultsFiles.write(folder.resolve("c.json"), "cpu A", 1, "2K");
        Path fleet = folder.resolve("fleet.json");
        assertThat(CommandRun.of("merge", a.toString(), b.toString(), "--out", fleet.toString()).exitCode()).isZero();
        Path again = folder.resolve("again.json");
        CommandRun run = CommandRun.of("merge", fleet.toString(), c.toString(), "-o", again.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 machines (arraybench-fleet/1)");
        List<RunResults> machines = ResultsCodec.readMachines(again);
        assertThat(machines).extracting(m -> m.environment().cpuModel()).containsExactly("cpu A", "cpu B");
        assertThat(machines.getFirst().benchmarks()).extracting(r -> r.param("size")).containsExactly("1K", "2K");
    }

    @Test
    void shouldRefuseABenchmarkMeasuredTwiceUnlessToldWhichToKeep() throws IOException {
        Path a = ResultsFiles.write(folder.resolve("a.json"), "cpu A", 1, "1K");
        Path b = ResultsFiles.write(folder.resolve("b.json"), "cpu A", 2, "1K");
        Path out = folder.resolve("all.json");
        CommandRun refused = CommandRun.of("merge", a.toString(), b.toString(), "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err().strip()).isEqualTo("arraybench: " + b + ": benchmark"
                + " dev.arraybench.scenarios.KernelBenchmark.run {op=scale, size=1K} was measured in " + a
                + " too (keep one with --keep first or --keep last)");
        assertThat(out).doesNotExist();
        assertThat(CommandRun.of("merge", a.toString(), b.toString(), "--out", out.toString(), "--keep", "last")
                .exitCode()).isZero();
        assertThat(ResultsCodec.read(out).benchmarks()).extracting(BenchmarkResult::score)
                .containsExactly(ResultsCodec.read(b).benchmarks().getFirst().score());
        assertThat(CommandRun.of("merge", a.toString(), b.toString(), "--out", out.toString(), "--keep", "first")
                .exitCode()).isZero();
        assertThat(ResultsCodec.read(out).benchmarks()).extracting(BenchmarkResult::score)
                .containsExactly(ResultsCodec.read(a).benchmarks().getFirst().score());
    }

    @Test
    void shouldNameAFileOfAnotherSchemaOrATruncatedOne() throws IOException {
        Path a = ResultsFiles.write(folder.resolve("a.json"), "cpu A", 1, "1K");
        Path other = Files.writeString(folder.resolve("other.json"), "{\"schema\": \"gatereport/1\"}");
        String text = Files.readString(a);
        Path truncated = Files.writeString(folder.resolve("cut.json"), text.substring(0, text.length() / 2));
        Path out = folder.resolve("all.json");
        CommandRun schema = CommandRun.of("merge", a.toString(), other.toString(), "--out", out.toString());
        assertThat(schema.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(schema.err().strip()).startsWith("arraybench: " + other + ": schema \"gatereport/1\" is not"
                + " supported").doesNotContain("\n");
        CommandRun cut = CommandRun.of("merge", a.toString(), truncated.toString(), "--out", out.toString());
        assertThat(cut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cut.err().strip()).startsWith("arraybench: " + truncated + ": not valid JSON at line")
                .contains("(truncated or corrupt?)").doesNotContain("\n");
    }
}

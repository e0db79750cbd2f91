package dev.arraybench.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.advice.Advice;
import dev.arraybench.core.advice.AdviceFiles;
import dev.arraybench.core.advice.AdvicePolicy;
import dev.arraybench.core.advice.Threshold;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.runner.CommandRun;
import dev.arraybench.runner.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate's refusals, which come before anything is measured, and its judgement of earlier measurements
 * ({@code --from-results}) on the committed loaded run of docs/results, drawn by {@code report}.
 */
class ValidateCommandTest {

    @TempDir
    Path folder;

    private Path thresholds(String cpu) throws IOException {
        Map<String, String> kase = new LinkedHashMap<>();
        kase.put("op", "scale");
        kase.put("dtype", "int32");
        kase.put("layout", "native");
        Threshold threshold = new Threshold(kase, "zero-copy-parallel", "spin", 2, 30_000L, 25_000.0, 20_000.0,
                40_000.0, List.of());
        Path file = folder.resolve("thresholds.json");
        AdviceFiles.write(new Advice(new EnvironmentFingerprint(cpu, 64, "v", "25", List.of(), 512, "os"),
                AdvicePolicy.REGRET, List.of(threshold)), file);
        return file;
    }

    @Test
    void shouldRefuseTheThresholdsOfAnotherMachineInOneLine() throws IOException {
        CommandRun run = CommandRun.of("validate", thresholds("Another CPU").toString(), "--out",
                folder.resolve("regret.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("was measured on another machine (cpuModel: Another CPU, here ",
                "--allow-other-machine").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void shouldRefuseSizesThatAreNotNumbers() throws IOException {
        CommandRun run = CommandRun.of("validate", thresholds("Another CPU").toString(), "--allow-other-machine",
                "--sizes", "3K,lots", "--out", folder.resolve("regret.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("size: 'lots'");
    }

    @Test
    void shouldRefuseAnEmptyHeldOutSet() throws IOException {
        CommandRun run = CommandRun.of("validate", thresholds("Another CPU").toString(), "--allow-other-machine",
                "--held-out", "0", "--out", folder.resolve("regret.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("held-out: 0 sizes (expected at least 1)");
    }

    @Test
    void shouldRefuseAFileThatIsNotAThresholdsFile() throws IOException {
        Path results = folder.resolve("results.json");
        Files.writeString(results, "{\"schema\": \"arraybench/1\"}");
        CommandRun run = CommandRun.of("validate", results.toString(), "--out", folder.resolve("r.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("expected arraybench-thresholds/1");
    }

    @Test
    void shouldJudgeEarlierMeasurementsAndDrawTheirRegretByPolicy() throws IOException {
        Path regret = folder.resolve("regret.json");
        CommandRun run = CommandRun.of("validate", "../docs/results/thresholds-rounds-loaded.json", "--from-results",
                "../docs/results/regret-loaded-results.json", "--max-regret", "1000%", "--out", regret.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Regret against the best choice per size", "advised max/mean",
                "32768 max/mean", "measurements: ../docs/results/regret-loaded-results.json");
        assertThat(Files.readString(regret)).contains("\"policy\" : \"conservative\"", "\"maxRegret\"");

        Path report = folder.resolve("report");
        CommandRun drawn = CommandRun.of("report", regret.toString(), "--out", report.toString());
        assertThat(drawn.exitCode()).as(drawn.err()).isEqualTo(ExitCodes.OK);
        assertThat(drawn.out()).contains("the regret of 4 variant(s) at 6 held-out size(s), 4 chart(s)");
        try (var pngs = Files.list(report)) {
            assertThat(pngs.filter(f -> f.getFileName().toString().startsWith("regret-"))).hasSize(4);
        }
        assertThat(Files.readString(report.resolve("index.html"))).contains("Regret of each policy", "never parallel",
                "parallel from 8.2K");
    }

    @Test
    void shouldRefuseMeasurementsWithoutTheThresholdsVariants() throws IOException {
        CommandRun run = CommandRun.of("validate", "../docs/results/thresholds-rounds-loaded.json", "--from-results",
                "../docs/results/minmax-64K.json", "--allow-other-machine", "--out", folder.resolve("r.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("hold none of the thresholds' variants");
    }
}

package dev.arraybench.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arraybench.core.analysis.AdviceFixture;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.thresholds.CpuId;
import dev.arraybench.thresholds.MachineFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceFilesTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteTheThresholdsSchemaWithTheMachineAndOneThresholdPerVariant() throws IOException {
        EnvironmentFingerprint machine = new EnvironmentFingerprint("cpu", 2, "v", "25", List.of(), 512, "os");
        JsonNode root = new ObjectMapper().readTree(AdviceFiles.json(Advice.of(AdviceFixture.analysis(), machine,
                AdvicePolicy.CONSERVATIVE)));
        assertThat(root.get("schema").asText()).isEqualTo("arraybench-thresholds/1");
        assertThat(root.get("policy").asText()).isEqualTo("conservative");
        assertThat(root.get("machine").get("cpuModel").asText()).isEqualTo("cpu");
        assertThat(root.get("thresholds")).hasSize(2);
        JsonNode never = root.get("thresholds").get(0);
        assertThat(never.get("op").asText()).isEqualTo("scale");
        assertThat(never.get("strategy").asText()).isEqualTo("copy-parallel");
        assertThat(never.get("parallelFrom").isNull()).isTrue();
        assertThat(never.get("breakEven").get("estimate").isNull()).isTrue();
        assertThat(never.get("bands").get(0).get("verdict").asText()).isEqualTo("slower");
        JsonNode pays = root.get("thresholds").get(1);
        assertThat(pays.get("pool").asText()).isEqualTo("spin");
        assertThat(pays.get("threads").asInt()).isEqualTo(2);
        assertThat(pays.get("parallelFrom").asLong()).isEqualTo(31_623);
        assertThat(pays.get("breakEven").get("low").asLong()).isEqualTo(31_623);
        assertThat(pays.get("bands")).hasSize(2);
        assertThat(pays.get("bands").get(1).get("from").asLong()).isEqualTo(100_000);
    }

    @Test
    void shouldWriteOneLabelledSetPerMachineClassForSeveralMachines() throws IOException {
        EnvironmentFingerprint laptop = new EnvironmentFingerprint("cpu", 2, "v", "25", List.of(), 512, "os");
        EnvironmentFingerprint server = new EnvironmentFingerprint("big", 64, "v", "25", List.of(), 512, "os");
        List<Advice> classes = List.of(Advice.of(AdviceFixture.analysis(), laptop, AdvicePolicy.CONSERVATIVE),
                Advice.of(AdviceFixture.analysis(), server), Advice.of(AdviceFixture.analysis(), server));
        JsonNode root = new ObjectMapper().readTree(AdviceFiles.json(classes));
        assertThat(root.get("schema").asText()).isEqualTo("arraybench-thresholds/2");
        assertThat(root.get("machines")).hasSize(3);
        assertThat(root.get("machines").get(1).get("class").asText()).isEqualTo("big, 64 cores, JDK v 25");
        assertThat(root.get("machines").get(2).get("class").asText()).isEqualTo("big, 64 cores, JDK v 25 #2");
        assertThat(root.get("machines").get(1).get("machine").get("cores").asInt()).isEqualTo(64);
        assertThat(root.get("machines").get(1).get("thresholds")).hasSize(2);
        assertThat(AdviceFiles.properties(classes)).contains("classes=3\n", "class.1.label=big, 64 cores, JDK v 25\n",
                "class.1.machine.cores=64\n", "class.0.threshold.1.parallelFrom=31623\n");
    }

    @Test
    void shouldAdviseTheSizeOfLeastExpectedRegretAndKeepTheIntervalBesideIt() throws IOException {
        EnvironmentFingerprint machine = new EnvironmentFingerprint("cpu", 2, "v", "25", List.of(), 512, "os");
        JsonNode root = new ObjectMapper().readTree(AdviceFiles.json(Advice.of(AdviceFixture.analysis(), machine)));
        assertThat(root.get("policy").asText()).isEqualTo("regret");
        JsonNode pays = root.get("thresholds").get(1);
        // without noise every resample crosses at 31,623: the regret grid's point just above it
        assertThat(pays.get("parallelFrom").asLong()).isBetween(31_623L, 33_000L);
        assertThat(pays.get("breakEven").get("low").asLong()).isEqualTo(31_623);
        assertThat(pays.get("breakEven").get("high").asLong()).isEqualTo(31_623);
        assertThat(root.get("thresholds").get(0).get("parallelFrom").isNull()).isTrue();
    }

    @Test
    void shouldReadBackWhatItWrites() throws IOException {
        EnvironmentFingerprint machine = new EnvironmentFingerprint("cpu", 2, "v", "25", List.of("-Xmx1g"), 512, "os");
        Advice written = Advice.of(AdviceFixture.analysis(), machine);
        Path file = folder.resolve("thresholds.json");
        AdviceFiles.write(written, file);
        assertThat(AdviceReader.read(file)).singleElement().satisfies(read -> {
            assertThat(read.machine()).isEqualTo(machine);
            assertThat(read.policy()).isEqualTo(AdvicePolicy.REGRET);
            assertThat(read.thresholds()).hasSize(2);
            Threshold pays = read.thresholds().get(1);
            assertThat(pays.kase()).containsExactly(Map.entry("op", "scale"), Map.entry("dtype", "int32"),
                    Map.entry("layout", "native"));
            assertThat(pays.parallelFrom()).isEqualTo(written.thresholds().get(1).parallelFrom());
            assertThat(pays.bands()).hasSize(2);
        });
    }

    @Test
    void shouldReadBackTheProcessorIdentityAndCaches() throws IOException {
        EnvironmentFingerprint machine = new EnvironmentFingerprint(new MachineFingerprint("AMD EPYC",
                new CpuId("AuthenticAMD", 26, 2, 1), 2, Map.of("L1d", "48K", "L2", "1024K"), 512, "Linux 6.18 amd64",
                "Eclipse Adoptium", "25.0.3+9-LTS"), List.of());
        Path file = folder.resolve("thresholds.json");
        AdviceFiles.write(Advice.of(AdviceFixture.analysis(), machine), file);
        assertThat(Files.readString(file)).doesNotContain("\"unknown\"");
        assertThat(AdviceReader.read(file)).singleElement().satisfies(read -> {
            assertThat(read.machine()).isEqualTo(machine);
            assertThat(read.machine().machine().cpuId()).isEqualTo(new CpuId("AuthenticAMD", 26, 2, 1));
        });
    }

    @Test
    void shouldRefuseAFileThatIsNotAThresholdsFile() throws IOException {
        Path file = folder.resolve("results.json");
        Files.writeString(file, "{\"schema\": \"arraybench/1\"}");
        assertThatThrownBy(() -> AdviceReader.read(file)).isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("schema 'arraybench/1' (expected arraybench-thresholds/1");
    }
}

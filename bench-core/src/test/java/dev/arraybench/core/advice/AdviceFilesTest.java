package dev.arraybench.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arraybench.core.analysis.AdviceFixture;
import dev.arraybench.core.result.EnvironmentFingerprint;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceFilesTest {

    @Test
    void shouldWriteTheThresholdsSchemaWithTheMachineAndOneThresholdPerVariant() throws IOException {
        EnvironmentFingerprint machine = new EnvironmentFingerprint("cpu", 2, "v", "25", List.of(), 512, "os");
        JsonNode root = new ObjectMapper().readTree(AdviceFiles.json(Advice.of(AdviceFixture.analysis(), machine)));
        assertThat(root.get("schema").asText()).isEqualTo("arraybench-thresholds/1");
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
        List<Advice> classes = List.of(Advice.of(AdviceFixture.analysis(), laptop),
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
}

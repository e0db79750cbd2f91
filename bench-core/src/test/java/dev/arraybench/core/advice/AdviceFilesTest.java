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
}

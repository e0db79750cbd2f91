package dev.arraybench.report.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonGateReportTest {

    private static final JsonNode ROOT = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(GateFormat.JSON.render(Fixture.comparison(), Fixture.FILES));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldSayWhetherTheGatePassedWithTheCounts() {
        assertThat(ROOT.get("schema").asText()).isEqualTo("arraybench-compare/2");
        assertThat(ROOT.get("passed").asBoolean()).isFalse();
        assertThat(ROOT.at("/summary/regression").asInt()).isOne();
        assertThat(ROOT.at("/summary/onlyInBaseline").asInt()).isOne();
        assertThat(ROOT.at("/settings/threshold").asDouble()).isEqualTo(0.05);
    }

    @Test
    void shouldWriteEveryBenchmarkWithItsParametersVerbatim() {
        JsonNode hostile = ROOT.get("benchmarks").get(2);
        assertThat(hostile.at("/params/op").asText()).isEqualTo(Fixture.HOSTILE);
        assertThat(hostile.get("verdict").asText()).isEqualTo("undecided");
        assertThat(hostile.at("/test/assumption").asText()).isEqualTo("assumed between-fork noise 3.0% (no calibration)");
        assertThat(hostile.at("/test/forksNeeded").asInt()).isGreaterThan(2);
        assertThat(ROOT.get("benchmarks").get(0).at("/ratioInterval/low").asDouble()).isGreaterThan(1.05);
    }

    @Test
    void shouldListTheEnvironmentDifferences() {
        assertThat(ROOT.at("/environment/differences/0/field").asText()).isEqualTo("cpuModel");
        assertThat(ROOT.at("/environment/current/cpuModel").asText()).isEqualTo("EPYC 7763");
    }
}

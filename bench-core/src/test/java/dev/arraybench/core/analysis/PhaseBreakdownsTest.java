package dev.arraybench.core.analysis;

import dev.arraybench.core.result.Dimensions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseBreakdownsTest {

    private static final Dimensions DIMENSIONS = TestDimensions.arraybench();

    @Test
    void shouldCollectThePhasesInRunningOrderBesideTheTrafficModel() {
        Analysis analysis = new Synthetic()
                .phase("copyBack", 2, "1M", 400, 400)
                .phase("process", 2, "1M", 300, 300)
                .phase("allocate", 2, "1M", 100, 100)
                .phase("copyOut", 2, "1M", 200, 200)
                .phase("process", 2, "4M", 1200, 1200)
                .analysis();
        assertThat(analysis.phases()).hasSize(2);
        PhaseBreakdown breakdown = analysis.phases().getFirst();
        assertThat(breakdown.size()).isEqualTo(1_000_000);
        assertThat(breakdown.threads()).isEqualTo(2);
        assertThat(breakdown.measured().keySet()).containsExactly("allocate", "copyOut", "process", "copyBack");
        assertThat(breakdown.measuredTotal()).isEqualTo(1000);
        // scale int32 copy-parallel: zero 4 B, copy out 4+4 B, kernel 4+4 B, copy back 4+4 B per element
        assertThat(TestDimensions.arraybench().phases()).extracting(breakdown::modelBytes).containsExactly(4.0, 8.0, 8.0, 8.0);
        assertThat(analysis.phases().get(1).measured().keySet()).containsExactly("process");
    }

    @Test
    void shouldRecogniseOnlyThePhaseScenariosMethods() {
        assertThat(PhaseBreakdowns.phase("dev.arraybench.scenarios.CopyPhaseBenchmark.copyOut", DIMENSIONS)).isEqualTo("copyOut");
        assertThat(PhaseBreakdowns.phase("CopyPhaseBenchmark.process", DIMENSIONS)).isEqualTo("process");
        assertThat(PhaseBreakdowns.phase("dev.arraybench.scenarios.KernelBenchmark.run", DIMENSIONS)).isNull();
        assertThat(PhaseBreakdowns.phase("dev.arraybench.scenarios.CopyPhaseBenchmark.other", DIMENSIONS)).isNull();
        assertThat(PhaseBreakdowns.phase("NotCopyPhaseBenchmark.process", DIMENSIONS)).isNull();
        assertThat(PhaseBreakdowns.phase("process", DIMENSIONS)).isNull();
    }

    @Test
    void shouldLeaveOutKernelResultsAndKeepPhasesOutOfTheKernelPoints() {
        Analysis analysis = new Synthetic()
                .kernel("sequential", 1, "1M", 100, 100)
                .phase("process", 2, "1M", 300, 300)
                .analysis();
        assertThat(analysis.points()).hasSize(1);
        assertThat(analysis.phases()).extracting(p -> List.copyOf(p.measured().keySet()))
                .containsExactly(List.of("process"));
    }
}

package dev.arraybench.scenarios.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.strategy.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrafficModelTest {

    @ParameterizedTest(name = "{0} {1} {2}: {3} bytes per element")
    @CsvSource({
        "scale, int32, sequential, 8",
        "scale, int32, zero-copy-parallel, 8",
        "scale, int32, simd-parallel, 8",
        "scale, int32, copy-parallel, 28",
        "add, float64, sequential, 24",
        "add, float64, copy-parallel, 88",
        "sum, int32, sequential, 4",
        "sum, int32, copy-parallel, 16",
        "var, int64, copy-parallel, 32"
    })
    void shouldCountEveryTransferOfEveryPhase(String op, String type, String strategy, double bytes) {
        Traffic traffic = TrafficModel.of(Ops.onClassPath().byName(op), DType.parse(type), Strategy.parse(strategy));
        assertThat(traffic.total()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"scale, int32, 4, 8, 8, 8", "sum, float64, 8, 16, 8, 0"})
    void shouldSplitCopyParallelIntoItsPhases(String op, String type, double allocate, double copyOut,
            double process, double copyBack) {
        assertThat(TrafficModel.of(Ops.onClassPath().byName(op), DType.parse(type), Strategy.COPY_PARALLEL))
                .isEqualTo(new Traffic(allocate, copyOut, process, copyBack));
    }

    @ParameterizedTest
    @CsvSource({"scale, int32, 8", "add, int64, 24", "max, float32, 4"})
    void shouldCountOnlyTheKernelsOwnBytesAsUseful(String op, String type, double bytes) {
        assertThat(TrafficModel.useful(Ops.onClassPath().byName(op), DType.parse(type))).isEqualTo(bytes);
    }
}

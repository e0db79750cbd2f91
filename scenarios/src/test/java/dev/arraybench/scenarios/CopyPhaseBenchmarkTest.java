package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.Ops;
import java.lang.foreign.MemorySegment;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the phases as JMH would, without timing anything. */
class CopyPhaseBenchmarkTest {

    private static final int LENGTH = 4096;

    static Stream<Arguments> everyOpOnEveryType() {
        return Stream.of("int32", "int64", "float32", "float64")
                .flatMap(dtype -> Ops.onClassPath().all().stream().map(op -> Arguments.of(op.name(), dtype)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyOpOnEveryType")
    void shouldRunEveryPhaseForEveryOp(String op, String dtype) {
        CopyPhaseBenchmark benchmark = benchmark(op, dtype, "native");
        AsJmh.trial(benchmark::setUp, benchmark::tearDown, () -> {
            Operands fresh = benchmark.allocate();
            assertThat(fresh.x().isNative()).isFalse();
            assertThat(fresh.x().byteSize()).isEqualTo(LENGTH * (long) DType.parse(dtype).bytes());
            assertThat(fresh.y() == null).isEqualTo(Ops.onClassPath().byName(op).inputs() == 1);
            benchmark.copyOut();
            for (int call = 0; call < 10; call++) {
                assertThat(benchmark.process() == null).isEqualTo(Ops.onClassPath().byName(op).writes());
            }
            benchmark.copyBack();
        });
    }

    @ParameterizedTest
    @CsvSource({"native", "heap"})
    void shouldCopyTheProcessedCopyBackOverTheSource(String layout) {
        CopyPhaseBenchmark benchmark = benchmark("scale", "int32", layout);
        benchmark.setUp();
        try (ArrayData start = DataGenerator.random(DType.INT32, Layout.HEAP, LENGTH, Trial.X_SEED)) {
            MemorySegment copy = benchmark.xCopy().segment();
            assertThat(copy.mismatch(start.segment())).as("the copy before processing").isEqualTo(-1);
            benchmark.process();
            assertThat(DType.INT32.getAsLong(copy, 7)).isEqualTo(3 * (int) DType.INT32.getAsLong(start.segment(), 7));
            benchmark.copyBack();
            benchmark.copyOut();
            assertThat(DType.INT32.getAsLong(copy, 7)).isEqualTo(3 * (int) DType.INT32.getAsLong(start.segment(), 7));
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @CsvSource({"scale, float32", "add, float32", "poly, float32", "scale, float64", "add, float64"})
    void shouldKeepTheProcessedCopySteadyOverTenThousandCalls(String op, String dtype) {
        CopyPhaseBenchmark benchmark = benchmark(op, dtype, "heap");
        AsJmh.trial(benchmark::setUp, benchmark::tearDown, () -> {
            for (int call = 0; call < 10_000; call++) {
                benchmark.process();
            }
            assertThat(Steadiness.firstUnsteady(benchmark.xCopy())).as("first element out of place").isEmpty();
        });
    }

    @Test
    void shouldProcessOnTheSpinPoolWhenAskedTo() {
        CopyPhaseBenchmark benchmark = benchmark("scale", "int32", "native");
        benchmark.pool = "spin";
        AsJmh.trial(benchmark::setUp, benchmark::tearDown, () -> {
            for (int call = 0; call < 100; call++) {
                assertThat(benchmark.process()).isNull();
            }
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "size | -1 | size: '-1' (expected a count of elements such as 1000",
        "pool | omp | pool: 'omp' (expected one of forkjoin, spin)",
    })
    void shouldFailSetUpLoudlyOnABadParameter(String name, String value, String message) {
        CopyPhaseBenchmark benchmark = benchmark("sum", "int64", "heap");
        switch (name) {
            case "pool" -> benchmark.pool = value;
            default -> benchmark.size = value;
        }
        assertThatThrownBy(benchmark::setUp).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    private static CopyPhaseBenchmark benchmark(String op, String dtype, String layout) {
        CopyPhaseBenchmark benchmark = new CopyPhaseBenchmark();
        benchmark.op = op;
        benchmark.dtype = dtype;
        benchmark.layout = layout;
        benchmark.pool = "forkjoin";
        benchmark.threads = "2";
        benchmark.size = Integer.toString(LENGTH);
        return benchmark;
    }
}

package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Ops;
import java.lang.foreign.MemorySegment;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the benchmark's set-up and many calls as JMH would, without timing anything. */
class KernelBenchmarkTest {

    private static final String SIZE = "4096";
    private static final int CALLS = 10_000;
    private static final String[] STRATEGIES =
            {"sequential", "copy-parallel", "zero-copy-parallel", "simd", "simd-parallel"};

    /**
     * In-place results are identical to the last bit whatever the strategy (the check before timing insists
     * on it), so the values evolve alike under every strategy; these three cover each code path: one
     * thread, SIMD, and fresh copies processed by the pool.
     */
    static Stream<Arguments> driftingFloatCases() {
        return Stream.of("float32", "float64").flatMap(dtype -> names(true)
                .flatMap(op -> Stream.of("sequential", "simd", "copy-parallel")
                        .map(strategy -> Arguments.of(op, dtype, strategy))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("driftingFloatCases")
    void shouldKeepFloatsFiniteNormalAndSmallOverTenThousandCalls(String op, String dtype, String strategy) {
        KernelBenchmark benchmark = benchmark(op, dtype, "native", strategy);
        AsJmh.trial(benchmark::setUp, benchmark::tearDown, () -> {
            ArrayData x = benchmark.x();
            for (int call = 1; call <= CALLS; call++) {
                assertThat(benchmark.run()).isNull();
                if (call % 1000 == 0) {
                    assertSteady(x, call);
                }
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"scale, float32", "add, float32", "scale, float64", "add, float64"})
    void shouldBringScaleAndAddBackNearTheirStartAfterAnEvenNumberOfCalls(String op, String dtype) {
        KernelBenchmark benchmark = benchmark(op, dtype, "heap", "simd");
        benchmark.setUp();
        try (ArrayData start = DataGenerator.random(DType.parse(dtype), Layout.HEAP, 4096, Trial.X_SEED)) {
            for (int call = 0; call < CALLS; call++) {
                benchmark.run();
            }
            MemorySegment now = benchmark.x().segment();
            for (long i = 0; i < start.length(); i++) {
                double expected = start.type().getAsDouble(start.segment(), i);
                assertThat(Math.abs(start.type().getAsDouble(now, i) - expected))
                        .as("drift of element %d", i).isLessThanOrEqualTo(1e-6);
            }
        } finally {
            benchmark.tearDown();
        }
    }

    static Stream<Arguments> everyOpOnIntegers() {
        return Stream.of("int32", "int64").flatMap(dtype -> Ops.onClassPath().all().stream()
                .flatMap(op -> Stream.of("native", "heap").map(layout -> Arguments.of(op.name(), dtype, layout))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyOpOnIntegers")
    void shouldRunEveryOpOnIntegers(String op, String dtype, String layout) {
        for (String strategy : STRATEGIES) {
            runEveryOp(op, dtype, layout, strategy, "forkjoin");
        }
        for (String strategy : new String[] {"copy-parallel", "zero-copy-parallel", "simd-parallel"}) {
            runEveryOp(op, dtype, layout, strategy, "spin");
        }
    }

    private static void runEveryOp(String op, String dtype, String layout, String strategy, String pool) {
        KernelBenchmark benchmark = benchmark(op, dtype, layout, strategy);
        benchmark.pool = pool;
        AsJmh.trial(benchmark::setUp, benchmark::tearDown, () -> {
            for (int call = 0; call < 100; call++) {
                Number result = benchmark.run();
                assertThat(result == null).isEqualTo(Ops.onClassPath().byName(op).writes());
            }
        });
        assertThat(benchmark.x().isOpen()).isFalse();
    }

    /** The names of every op on the class path that writes in place ({@code true}) or reduces. */
    static Stream<String> names(boolean writes) {
        return Ops.onClassPath().all().stream().filter(op -> op.writes() == writes).map(Op::name);
    }

    static Stream<String> reductions() {
        return names(false);
    }

    @ParameterizedTest
    @MethodSource("reductions")
    void shouldLeaveTheDataOfReductionsUntouched(String op) {
        KernelBenchmark benchmark = benchmark(op, "float32", "native", "simd-parallel");
        benchmark.setUp();
        try (ArrayData start = DataGenerator.random(DType.FLOAT32, Layout.NATIVE, 4096, Trial.X_SEED)) {
            Number first = benchmark.run();
            for (int call = 0; call < 100; call++) {
                assertThat(benchmark.run()).isEqualTo(first);
            }
            assertThat(benchmark.x().segment().mismatch(start.segment())).isEqualTo(-1);
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "op | cube | op: 'cube' (expected one of scale, add, clip, poly, sum, mean, min, max, var)",
        "dtype | int8 | dtype: 'int8' (expected one of int32, int64, float32, float64)",
        "layout | gpu | layout: 'gpu' (expected one of heap, native)",
        "strategy | magic | strategy: 'magic' (expected one of sequential, plain, copy-parallel, zero-copy-parallel, simd, simd-parallel)",
        "pool | omp | pool: 'omp' (expected one of forkjoin, spin)",
        "threads | 0 | threads: 0 (expected 1..",
        "size | 1X | size: '1X' (expected a count of elements such as 1000, 1K, 4M, 1.5M, 64Ki, 1Gi, or a range such as 1K..64M or 1K..64M:x4)",
    })
    void shouldFailSetUpLoudlyOnABadParameter(String name, String value, String message) {
        KernelBenchmark benchmark = benchmark("scale", "int32", "native", "sequential");
        switch (name) {
            case "op" -> benchmark.op = value;
            case "dtype" -> benchmark.dtype = value;
            case "layout" -> benchmark.layout = value;
            case "strategy" -> benchmark.strategy = value;
            case "pool" -> benchmark.pool = value;
            case "threads" -> benchmark.threads = value;
            default -> benchmark.size = value;
        }
        assertThatThrownBy(benchmark::setUp).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    private static KernelBenchmark benchmark(String op, String dtype, String layout, String strategy) {
        KernelBenchmark benchmark = new KernelBenchmark();
        benchmark.op = op;
        benchmark.dtype = dtype;
        benchmark.layout = layout;
        benchmark.strategy = strategy;
        benchmark.pool = "forkjoin";
        benchmark.threads = "2";
        benchmark.size = SIZE;
        return benchmark;
    }

    private static void assertSteady(ArrayData x, int call) {
        assertThat(Steadiness.firstUnsteady(x)).as("first element out of place after %d calls", call).isEmpty();
    }
}

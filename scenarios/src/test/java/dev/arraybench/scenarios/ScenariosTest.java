package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

class ScenariosTest {

    private static List<String> params(Class<?> benchmark) {
        return Arrays.stream(benchmark.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Param.class))
                .map(Field::getName).toList();
    }

    private static List<String> benchmarks(Class<?> benchmark) {
        return Arrays.stream(benchmark.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(Method::getName).sorted().toList();
    }

    @Test
    void shouldNameTheKernelScenariosParamsInDeclarationOrder() {
        assertThat(params(KernelBenchmark.class)).containsExactly(Scenarios.OP, Scenarios.DTYPE, Scenarios.LAYOUT,
                Scenarios.STRATEGY, Scenarios.POOL, Scenarios.THREADS, Scenarios.SIZE);
        assertThat(Scenarios.KERNEL).isEqualTo(KernelBenchmark.class.getName() + "." + benchmarks(KernelBenchmark.class)
                .getFirst());
    }

    @Test
    void shouldNameThePhaseScenariosMethodsAndParams() {
        assertThat(benchmarks(CopyPhaseBenchmark.class)).containsExactlyInAnyOrderElementsOf(Scenarios.PHASE_METHODS);
        assertThat(params(CopyPhaseBenchmark.class)).containsExactly(Scenarios.OP, Scenarios.DTYPE, Scenarios.LAYOUT,
                Scenarios.POOL, Scenarios.THREADS, Scenarios.SIZE);
        assertThat(Scenarios.dimensions().phaseBenchmark()).isEqualTo(CopyPhaseBenchmark.class.getName());
    }

    @Test
    void shouldDescribeTheKernelScenarioAsData() {
        var dimensions = Scenarios.dimensions();
        assertThat(dimensions.size()).isEqualTo(Scenarios.SIZE);
        assertThat(dimensions.variantParam()).isEqualTo(Scenarios.STRATEGY);
        assertThat(dimensions.baseline()).isEqualTo("sequential");
        assertThat(dimensions.serial()).containsExactly("sequential", "plain", "simd");
        assertThat(dimensions.order().get(Scenarios.STRATEGY)).containsExactly("sequential", "plain",
                "copy-parallel", "zero-copy-parallel", "simd", "simd-parallel");
    }

    @Test
    void shouldRecordTheTrafficModelsBytesPerElement() {
        var params = java.util.Map.of(Scenarios.OP, "scale", Scenarios.DTYPE, "int32");
        assertThat(Scenarios.bytesPerElement(dev.arraybench.scenarios.kernel.Ops.onClassPath(), Scenarios.KERNEL, params)).isEqualTo(8.0);
        assertThat(Scenarios.bytesPerElement(dev.arraybench.scenarios.kernel.Ops.onClassPath(), Scenarios.PHASES + ".copyOut", params)).isEqualTo(8.0);
        assertThat(Scenarios.bytesPerElement(dev.arraybench.scenarios.kernel.Ops.onClassPath(), Scenarios.CEILING + ".copy", params)).isNull();
    }
}

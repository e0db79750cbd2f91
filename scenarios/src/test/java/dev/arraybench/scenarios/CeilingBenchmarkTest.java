package dev.arraybench.scenarios;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.core.size.Sizes;
import dev.arraybench.scenarios.strategy.Threads;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the STREAM scenario as JMH would, without timing anything. */
class CeilingBenchmarkTest {

    @ParameterizedTest
    @CsvSource({"1, 64Ki", "2, 64Ki", "2, 10007", "2, 100"})
    void shouldCoverEveryElementWithEveryKernel(String threads, String size) {
        CeilingBenchmark benchmark = new CeilingBenchmark();
        benchmark.threads = threads;
        benchmark.size = size;
        benchmark.setUp();
        try {
            benchmark.copy();
            benchmark.scale();
            benchmark.triad();
            MemorySegment[] arrays = benchmark.arrays();
            long length = Sizes.parse(size);
            for (long i = 0; i < length; i++) {
                assertThat(arrays[2].getAtIndex(JAVA_DOUBLE, i)).as("c[%d] = a[%d] = 1", i, i).isEqualTo(1.0);
                assertThat(arrays[1].getAtIndex(JAVA_DOUBLE, i)).as("b[%d] = 3 c[%d]", i, i).isEqualTo(3.0);
                assertThat(arrays[0].getAtIndex(JAVA_DOUBLE, i)).as("a[%d] = b[%d] + 3 c[%d]", i, i, i)
                        .isEqualTo(6.0);
                assertThat(arrays[0].address() % 64).isZero();
            }
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void shouldFailSetUpLoudlyOnABadThreadCount() {
        CeilingBenchmark benchmark = new CeilingBenchmark();
        benchmark.threads = "all";
        benchmark.size = "1Ki";
        assertThatThrownBy(benchmark::setUp)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads: 'all' (expected a whole number 1.." + Threads.max() + ")");
    }
}

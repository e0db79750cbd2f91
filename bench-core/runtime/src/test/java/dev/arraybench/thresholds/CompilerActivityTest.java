package dev.arraybench.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class CompilerActivityTest {

    @Test
    void shouldReadThisJvmsCompilationTimeWhichOnlyGrows() {
        LongSupplier compiler = CompilerActivity.ofThisJvm();
        long before = compiler.getAsLong();
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) {
            sum += Integer.toString(i).hashCode();
        }
        assertThat(sum).isNotZero();
        assertThat(before).isNotNegative();
        assertThat(compiler.getAsLong()).isGreaterThanOrEqualTo(before);
        if (ManagementFactory.getCompilationMXBean() != null
                && ManagementFactory.getCompilationMXBean().isCompilationTimeMonitoringSupported()) {
            long ours = compiler.getAsLong();
            assertThat(ManagementFactory.getCompilationMXBean().getTotalCompilationTime())
                    .isGreaterThanOrEqualTo(ours).isPositive();
        }
    }
}

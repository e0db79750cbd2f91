package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.thresholds.Calibration;
import dev.arraybench.thresholds.Crossing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FirstUseKernelTest {

    @Test
    void shouldRunBothPathsOfACaseAtAnySizeUpToItsData() {
        try (FirstUseKernel sum = new FirstUseKernel("sum", DType.INT32, Pool.SPIN, 2, 4_096)) {
            assertThat(sum.kernel().name()).isEqualTo("sum-int32");
            for (int n : new int[] {1, 1_000, 4_096}) {
                sum.kernel().sequential().accept(n);
                sum.kernel().parallel().accept(n);
            }
        }
    }

    @Test
    void shouldBeCalibratedByTheRuntimeAndSayWhatItFound() {
        try (FirstUseKernel scale = new FirstUseKernel("scale", DType.FLOAT32, Pool.FORKJOIN, 2, 4_096)) {
            Crossing crossing = Calibration.measure(scale.kernel(), new int[] {1_024, 4_096}, Duration.ofMillis(50));
            assertThat(crossing.kernel()).isEqualTo("scale-float32");
            assertThat(crossing.message()).startsWith("calibration of scale-float32");
        }
    }

    @Test
    void shouldNameAnOpItDoesNotKnow() {
        assertThatThrownBy(() -> new FirstUseKernel("nope", DType.INT32, Pool.SPIN, 2, 1_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}

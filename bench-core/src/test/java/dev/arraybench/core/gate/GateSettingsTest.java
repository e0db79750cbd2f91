package dev.arraybench.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GateSettingsTest {

    @Test
    void shouldDefaultToFivePercentAtNinetyNinePercentConfidence() {
        GateSettings defaults = GateSettings.defaults();
        assertThat(defaults.threshold()).isEqualTo(0.05);
        assertThat(defaults.confidence()).isEqualTo(0.99);
        assertThat(defaults.alpha()).isCloseTo(0.01, org.assertj.core.api.Assertions.offset(1e-12));
        assertThat(defaults.strict()).isFalse();
    }

    @ParameterizedTest(name = "confidence {0}: {1} resamples")
    @CsvSource({"0.5, 2000", "0.95, 2000", "0.99, 2000", "0.999, 20000"})
    void shouldDrawEnoughResamplesForTheTails(double confidence, int resamples) {
        assertThat(new GateSettings(0.05, confidence, 1, false).resamples()).isEqualTo(resamples);
    }

    @ParameterizedTest(name = "threshold {0}, confidence {1}")
    @CsvSource({"0, 0.99, threshold", "-0.05, 0.99, threshold", "1, 0.99, threshold", "NaN, 0.99, threshold",
        "0.05, 1, confidence", "0.05, 0.4, confidence", "0.05, 0.9999, confidence"})
    void shouldRefuseFractionsOutOfRange(double threshold, double confidence, String option) {
        assertThatThrownBy(() -> new GateSettings(threshold, confidence, 1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(option + ": ");
    }
}

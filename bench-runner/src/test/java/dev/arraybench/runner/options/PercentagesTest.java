package dev.arraybench.runner.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class PercentagesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"5%, 0.05", "2.5%, 0.025", "0.05, 0.05", ".1, 0.1", "' 10% ', 0.1", "99.9%, 0.999"})
    void shouldReadPercentagesAndFractions(String text, double expected) {
        assertThat(new Percentages.Threshold().convert(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(strings = {"-5%", "0%", "0", "100%", "150%", "-0.05"})
    void shouldRefuseThresholdsOutOfRange(String text) {
        assertThatThrownBy(() -> new Percentages.Threshold().convert(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' (expected a percentage above 0% and below 100%, such as 5%, or a "
                        + "fraction such as 0.05)");
    }

    @ParameterizedTest(name = "max regret {0}")
    @CsvSource({"10%, 0.1", "150%, 1.5", "0.05, 0.05"})
    void shouldReadRegretsAboveOneHundredPercent(String text, double expected) {
        assertThat(new Percentages.Regret().convert(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "max regret {0}")
    @ValueSource(strings = {"0%", "-10%"})
    void shouldRefuseRegretsThatAreNotAboveZero(String text) {
        assertThatThrownBy(() -> new Percentages.Regret().convert(text))
                .hasMessage("'" + text + "' (expected a percentage above 0%, such as 10%)");
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(strings = {"abc", "", "5 %", "1e-2", "NaN", "5%%", "0x10"})
    void shouldRefuseTextThatIsNotANumber(String text) {
        assertThatThrownBy(() -> new Percentages.Threshold().convert(text))
                .hasMessageStartingWith("'" + text + "' is not a number");
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(strings = {"5", "1", "10.5"})
    void shouldAskWhetherAPlainNumberAboveOneWasMeantAsAPercentage(String text) {
        assertThatThrownBy(() -> new Percentages.Threshold().convert(text))
                .hasMessageEndingWith("did you mean " + text + "%?)");
    }

    @ParameterizedTest(name = "confidence {0}")
    @ValueSource(strings = {"100%", "49%", "0.9999", "99.99%"})
    void shouldRefuseConfidencesOutOfRange(String text) {
        assertThatThrownBy(() -> new Percentages.Confidence().convert(text))
                .hasMessageContaining("expected from 50% to 99.9%");
    }
}

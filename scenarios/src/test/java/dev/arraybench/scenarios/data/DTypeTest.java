package dev.arraybench.scenarios.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DTypeTest {

    @ParameterizedTest
    @CsvSource({"int32, INT32, 4", "INT64, INT64, 8", " float32 , FLOAT32, 4", "Float64, FLOAT64, 8"})
    void shouldParseLabelsIgnoringCaseAndBlanks(String label, DType expected, int bytes) {
        assertThat(DType.parse(label)).isEqualTo(expected);
        assertThat(expected.bytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"int16, dtype", "'', dtype"})
    void shouldNameTheDimensionTheValueAndTheChoices(String label, String dimension) {
        assertThatThrownBy(() -> DType.parse(label))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dimension + ": '" + label + "' (expected one of int32, int64, float32, float64)");
        assertThatThrownBy(() -> Layout.parse(label))
                .hasMessage("layout: '" + label + "' (expected one of heap, native)");
    }
}

package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.core.stats.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({"183456, 180K", "31622.8, 32K", "1500000, 1.5M", "16000000, 16M", "999, 1K", "950, 950",
        "4, 4", "0, ?"})
    void shouldRoundEstimatedSizesToTwoSignificantDigits(double elements, String label) {
        assertThat(Formats.approximateSize(elements)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"850, 850 ns", "12345, 12.3 µs", "4790000, 4.79 ms", "2500000000, 2.5 s"})
    void shouldPickTheReadableUnitForDurations(double nanos, String text) {
        assertThat(Formats.duration(nanos)).isEqualTo(text);
    }

    @Test
    void shouldFormatSpeedupsWithTheirIntervals() {
        assertThat(Formats.speedup(new Interval(2.3456, 2.2, 2.5))).isEqualTo("2.35x [2.20–2.50]");
        assertThat(Formats.speedup(Interval.unknown(0.5))).isEqualTo("0.50x [n/a]");
        assertThat(Formats.number(0.012345)).isEqualTo("0.0123");
        assertThat(Formats.number(Double.NaN)).isEqualTo("n/a");
        assertThat(Formats.percent(0.425)).isEqualTo("43%");
        assertThat(Formats.bytes(24L << 30)).isEqualTo("24 GiB");
    }
}
